import type { AlarmStatusWidget, HealthWidget } from "@/lib/dashboards/model";
import { allowedView, OutsideScopeError, type ScopedPrincipal } from "./allowed-views";

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

/** Refuses (403) an alarm the named dashboard's metric widgets do not annotate. */
export async function requireAnnotatedAlarm(
  principal: ScopedPrincipal,
  dashboardId: string | undefined,
  alarm: { account: string; region: string; name: string },
): Promise<void> {
  const view = await allowedView(principal, dashboardId);
  // The partition (aws, aws-cn, …) is not part of the question: account, Region and name are, exactly.
  const annotated = view.annotatedAlarms.some((arn) => {
    const match = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/.exec(arn);
    return match?.[1] === alarm.region && match[2] === alarm.account && match[3] === alarm.name;
  });
  if (!annotated)
    throw new OutsideScopeError(
      "alarm_not_on_dashboard",
      `Alarm ${alarm.name} (${alarm.account}, ${alarm.region}) is not annotated on dashboard ${view.id}`,
    );
}
