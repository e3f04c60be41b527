import { Suspense } from "react";
import { LogsPage } from "@/components/logs/LogsPage";

export const metadata = { title: "Logs" };

export default function Page() {
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <LogsPage />
    </Suspense>
  );
}
