import type { AlarmsListQuery } from "@/lib/contracts/alarms";

// The /alarms page's filters and order as the URL shows them (/alarms?state=ALARM&account=…&region=…&q=…),
// so a link or a wall screen shows exactly that selection.

export const ALARM_URL_KEYS = [
  "state",
  "type",
  "account",
  "region",
  "namespace",
  "q",
  "prefix",
  "suppressed",
  "sort",
] as const;
export type AlarmUrlKey = (typeof ALARM_URL_KEYS)[number];

export function alarmsQueryFromUrl(params: URLSearchParams): AlarmsListQuery {
  const query: Record<string, string> = {};
  for (const key of ALARM_URL_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query as AlarmsListQuery;
}

/** The URL with one key set (empty removes it), other keys kept in a stable order. */
export function withAlarmParam(params: URLSearchParams, key: AlarmUrlKey, value: string): URLSearchParams {
  const next = new URLSearchParams();
  for (const k of ALARM_URL_KEYS) {
    const v = k === key ? value : params.get(k);
    if (v) next.set(k, v);
  }
  return next;
}

/** Toggles one value of a comma-separated list parameter. */
export function toggleListValue(current: string | null, value: string): string {
  const values = new Set((current ?? "").split(",").filter(Boolean));
  if (values.has(value)) values.delete(value);
  else values.add(value);
  return [...values].join(",");
}

/** "3 d 4 h", "2 h 5 min", "12 min", "40 s". */
export function durationSince(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
