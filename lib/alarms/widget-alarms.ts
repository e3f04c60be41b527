import type { AlarmSelector, AlarmStatusWidget } from "@/lib/dashboards/model";
import { MAX_ALARMS_PER_WIDGET } from "@/lib/dashboards/model";
import { isAlarmState } from "./model";
import { matchesAlarm, sortAlarms, widgetSort, type LocatedAlarm } from "./query";

// Which alarms an alarm status widget shows: the ARNs it lists (CloudWatch's form) or, with Watchwall's
// selector, every alarm matching account, Region, name prefix and state; then its `states` filter and order.

export interface AlarmTile {
  /** The ARN as the widget lists it, or the alarm's ARN for selected alarms. */
  ref: string;
  /** Undefined when the listed alarm is not in any snapshot (deleted, or its account/Region unreadable). */
  alarm?: LocatedAlarm;
}

export function selectAlarms(selector: AlarmSelector, all: readonly LocatedAlarm[]): LocatedAlarm[] {
  return all.filter((alarm) =>
    matchesAlarm(alarm, {
      ...(selector.accounts ? { accounts: selector.accounts } : {}),
      ...(selector.regions ? { regions: selector.regions } : {}),
      ...(selector.states ? { states: selector.states } : {}),
      ...(selector.namePrefix ? { prefix: selector.namePrefix } : {}),
    }),
  );
}

export function alarmWidgetTiles(
  widget: Pick<AlarmStatusWidget, "alarms" | "states" | "sortBy" | "selector">,
  all: readonly LocatedAlarm[],
): AlarmTile[] {
  const byArn = new Map(all.map((a) => [a.arn, a]));
  const listed: AlarmTile[] = widget.selector
    ? selectAlarms(widget.selector, all).map((alarm) => ({ ref: alarm.arn, alarm }))
    : widget.alarms.map((ref) => {
        const alarm = byArn.get(ref);
        return alarm ? { ref, alarm } : { ref };
      });
  const states = (widget.states ?? []).filter(isAlarmState);
  const shown = states.length ? listed.filter((t) => !t.alarm || states.includes(t.alarm.state)) : listed;
  const found = sortAlarms(
    shown.flatMap((t) => (t.alarm ? [t.alarm] : [])),
    widgetSort(widget.sortBy),
  ).map((alarm) => ({ ref: alarm.arn, alarm }));
  return [...found, ...shown.filter((t) => !t.alarm)];
}

/** The explicit ARNs a selector widget resolves to now (what CloudWatch JSON can hold). */
export function resolvedAlarmArns(widget: AlarmStatusWidget, all: readonly LocatedAlarm[]): string[] {
  return alarmWidgetTiles({ ...widget, states: [] }, all)
    .map((t) => t.ref)
    .slice(0, MAX_ALARMS_PER_WIDGET);
}

/** The alarm name inside an ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`). */
export function alarmNameOfArn(arn: string): string {
  const at = arn.indexOf(":alarm:");
  return at >= 0 ? arn.slice(at + ":alarm:".length) : arn;
}
