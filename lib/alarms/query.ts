import { ALARM_SORTS, type AlarmSort } from "@/lib/contracts/alarm-model";
import { ALARM_STATES, type AlarmRecord, type AlarmState } from "./model";

// Filtering, ordering and counting of the alarms of every account and Region, as the /alarms page, the
// navigation badge and the alarm status widget need them. Pure, shared by the server and the browser.

export interface LocatedAlarm extends AlarmRecord {
  accountId: string;
  accountName: string;
  region: string;
}

// The console's three orders (ALARM_SORTS) are part of the wire contract: lib/contracts/alarm-model.
export { ALARM_SORTS, type AlarmSort };

export interface AlarmFilter {
  states?: readonly AlarmState[];
  types?: readonly AlarmRecord["type"][];
  accounts?: readonly string[];
  regions?: readonly string[];
  namespaces?: readonly string[];
  /** Case-insensitive substring of the name (or, with `prefix`, its start). */
  q?: string;
  prefix?: string;
  actionsSuppressed?: boolean;
}

export function alarmNamespaces(alarm: AlarmRecord): string[] {
  const names = new Set<string>();
  if (alarm.namespace) names.add(alarm.namespace);
  for (const q of alarm.metrics ?? []) if (q.metricStat) names.add(q.metricStat.namespace);
  return [...names];
}

function includes<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value);
}

export function matchesAlarm(alarm: LocatedAlarm, filter: AlarmFilter): boolean {
  if (!includes(filter.states, alarm.state)) return false;
  if (!includes(filter.types, alarm.type)) return false;
  if (!includes(filter.accounts, alarm.accountId)) return false;
  if (!includes(filter.regions, alarm.region)) return false;
  if (filter.namespaces?.length && !alarmNamespaces(alarm).some((n) => filter.namespaces?.includes(n))) {
    return false;
  }
  if (filter.q && !alarm.name.toLowerCase().includes(filter.q.toLowerCase())) return false;
  if (filter.prefix && !alarm.name.startsWith(filter.prefix)) return false;
  if (filter.actionsSuppressed !== undefined && alarm.actionsSuppressed !== filter.actionsSuppressed) {
    return false;
  }
  return true;
}

const STATE_RANK: Record<AlarmState, number> = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };

function byName(a: LocatedAlarm, b: LocatedAlarm): number {
  return (
    a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region)
  );
}

export function sortAlarms<T extends LocatedAlarm>(alarms: readonly T[], sort: AlarmSort): T[] {
  const out = [...alarms];
  if (sort === "name") return out.sort(byName);
  if (sort === "changed") {
    return out.sort((a, b) => b.stateUpdatedAt.localeCompare(a.stateUpdatedAt) || byName(a, b));
  }
  return out.sort(
    (a, b) =>
      STATE_RANK[a.state] - STATE_RANK[b.state] ||
      b.stateUpdatedAt.localeCompare(a.stateUpdatedAt) ||
      byName(a, b),
  );
}

export type StateCounts = Record<AlarmState, number>;

export function countByState(alarms: readonly AlarmRecord[]): StateCounts {
  const counts = Object.fromEntries(ALARM_STATES.map((s) => [s, 0])) as StateCounts;
  for (const alarm of alarms) counts[alarm.state]++;
  return counts;
}

/** CloudWatch's widget `sortBy` values mapped to the console orders. */
export function widgetSort(sortBy: string | undefined): AlarmSort {
  if (sortBy === "stateUpdatedTimestamp") return "state";
  if (sortBy === "timestamp") return "changed";
  return "name";
}
