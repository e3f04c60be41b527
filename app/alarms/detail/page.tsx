import { Suspense } from "react";
import { AlarmDetailView } from "@/components/alarms/AlarmDetailView";

export const metadata = { title: "Alarm" };

export default function Page() {
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <AlarmDetailView />
    </Suspense>
  );
}
