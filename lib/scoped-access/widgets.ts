import type { AlarmStatusWidget, HealthWidget } from "@/lib/dashboards/model";
import { allowedView, type ScopedPrincipal } from "./allowed-views";

// The alarm and Health lists a wall screen or anonymous viewer reads are those of the dashboard it names: the
// routes answer them with only what that dashboard's alarm status and Health widgets show.

/** The alarm status widgets of the dashboard a scoped principal names (403 if it may not show it). */
export async function scopedAlarmWidgets(
  principal: ScopedPrincipal,
  dashboardId: string | undefined,
): Promise<AlarmStatusWidget[]> {
  return (await allowedView(principal, dashboardId)).alarmWidgets;
}

/** The Health widgets of the dashboard a scoped principal names (403 if it may not show it). */
export async function scopedHealthWidgets(
  principal: ScopedPrincipal,
  dashboardId: string | undefined,
): Promise<HealthWidget[]> {
  return (await allowedView(principal, dashboardId)).healthWidgets;
}
