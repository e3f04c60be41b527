import { Suspense } from "react";
import { AlarmsView } from "@/components/alarms/AlarmsView";

export const metadata = { title: "Alarms" };

export default function Page() {
  return (
    <>
      <h1 className="page-title">Alarms</h1>
      {/* Filters and order live in the query string, which is only known in the browser. */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <AlarmsView />
      </Suspense>
    </>
  );
}
