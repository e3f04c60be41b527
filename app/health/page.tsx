import { Suspense } from "react";
import { HealthView } from "@/components/aws-health/HealthView";

export const metadata = { title: "AWS Health" };

export default function Page() {
  return (
    <>
      <h1 className="page-title">AWS Health</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <HealthView />
      </Suspense>
    </>
  );
}
