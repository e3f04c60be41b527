import {
  describeRelativeRange,
  describeTimeZone,
  formatRange,
  getWallClock,
  isValidTimeZone,
  LOCAL_TIME_ZONE,
  normalizeRange,
  parseInstant,
  parseRange,
  RANGE_PRESETS,
  UTC_TIME_ZONE,
  wallClockToEpoch,
  type AbsoluteRange,
  type ParseResult,
  type RefreshInterval,
  type RelativeRange,
  type TimeRange,
  type TimeZoneSetting,
} from "@/lib/time";

// The time picker's logic, kept out of the component: presets, parsing what people type, the
// <input type="datetime-local"> text in a chosen zone, and the searchable zone list.

function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

function fail<T>(reason: string): ParseResult<T> {
  return { ok: false, reason };
}

export interface PresetOption {
  short: string;
  range: RelativeRange;
  /** "Last 3 hours". */
  label: string;
}

export function presetOptions(): PresetOption[] {
  return RANGE_PRESETS.flatMap((short) => {
    const parsed = parseRange(short);
    if (!parsed.ok || parsed.value.type !== "relative") return [];
    return [{ short, range: parsed.value, label: describeRelativeRange(parsed.value) }];
  });
}

export function sameRange(a: TimeRange, b: TimeRange): boolean {
  return formatRange(normalizeRange(a)) === formatRange(normalizeRange(b));
}

/** "36h", "2w", "PT3H", "now-90m": a relative range, or the reason it is not one. */
export function parseCustomRelative(text: string): ParseResult<RelativeRange> {
  if (text.trim() === "") return fail("Type a duration such as 36h, 90m or 2w");
  const parsed = parseRange(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.type !== "relative") return fail(`"${text}" is an absolute range; use the From/To fields`);
  return ok(parsed.value);
}

/** "<from>/<to>" or "<from> to <to>" with ISO-8601 instants (zone required) or epoch ms. */
export function parseAbsoluteText(text: string): ParseResult<AbsoluteRange> {
  const trimmed = text.trim();
  const pieces = trimmed.includes("/") ? trimmed.split("/") : trimmed.split(/\s+to\s+|\s+[–—]\s+/i);
  if (pieces.length !== 2)
    return fail(`"${text}" must be "<from>/<to>", e.g. 2024-05-01T00:00Z/2024-05-02T00:00Z`);
  const start = parseInstant(pieces[0] ?? "");
  if (!start.ok) return start;
  const end = parseInstant(pieces[1] ?? "");
  if (!end.ok) return end;
  if (start.value >= end.value) return fail("The start must be before the end");
  return ok({ type: "absolute", start: start.value, end: end.value });
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Epoch ms → the value of an <input type="datetime-local"> showing that instant in the zone. */
export function toDateTimeLocalValue(epochMs: number, tz: TimeZoneSetting): string {
  const w = getWallClock(epochMs, tz);
  const seconds = w.second ? `:${pad(w.second)}` : "";
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds}`;
}

const DATETIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** The value of a datetime-local input, read as wall-clock time in the zone. */
export function parseDateTimeLocalValue(text: string, tz: TimeZoneSetting): ParseResult<number> {
  const m = DATETIME_LOCAL.exec(text.trim());
  if (!m) return fail(text.trim() === "" ? "Pick a date and time" : `"${text}" is not a date and time`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const wall = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    check.getUTCDate() !== wall.day ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    return fail(`"${text}" is not a valid date and time`);
  }
  return ok(wallClockToEpoch(wall, tz));
}

export function absoluteFromLocalInputs(
  from: string,
  to: string,
  tz: TimeZoneSetting,
): ParseResult<AbsoluteRange> {
  const start = parseDateTimeLocalValue(from, tz);
  if (!start.ok) return fail(`From: ${start.reason}`);
  const end = parseDateTimeLocalValue(to, tz);
  if (!end.ok) return fail(`To: ${end.reason}`);
  if (start.value >= end.value) return fail("From must be before To");
  return ok({ type: "absolute", start: start.value, end: end.value });
}

/** Every IANA zone the runtime knows (empty where Intl cannot list them). */
export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] };
  if (typeof intl.supportedValuesOf !== "function") return [];
  try {
    return intl.supportedValuesOf("timeZone").filter((tz) => tz !== UTC_TIME_ZONE);
  } catch {
    return [];
  }
}

/** [I] Most zones listed at once in the picker; typing narrows the list. */
export const MAX_LISTED_TIME_ZONES = 400;

function searchable(text: string): string {
  return text.toLowerCase().replace(/[_/]+/g, " ");
}

/** Zones matching every word of the query ("new york", "europe ber"), in the given order. */
export function filterTimeZones(
  zones: readonly string[],
  query: string,
  limit = MAX_LISTED_TIME_ZONES,
): string[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const zone of zones) {
    const text = searchable(zone);
    if (words.every((w) => text.includes(w))) out.push(zone);
    if (out.length >= limit) break;
  }
  return out;
}

export interface ZoneOption {
  value: TimeZoneSetting;
  label: string;
}

/** Local and UTC first, then the matching IANA zones; the current zone is always listed. */
export function zoneOptions(
  zones: readonly string[],
  query: string,
  current: TimeZoneSetting,
  atEpochMs: number,
): ZoneOption[] {
  const listed = filterTimeZones(zones, query);
  if (
    current !== LOCAL_TIME_ZONE &&
    current !== UTC_TIME_ZONE &&
    !listed.includes(current) &&
    isValidTimeZone(current)
  ) {
    listed.unshift(current);
  }
  return [
    { value: LOCAL_TIME_ZONE, label: describeTimeZone(LOCAL_TIME_ZONE, atEpochMs) },
    { value: UTC_TIME_ZONE, label: "UTC" },
    ...listed.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") })),
  ];
}

const REFRESH_LABELS: Record<RefreshInterval, string> = {
  off: "Off",
  "10s": "10 seconds",
  "1m": "1 minute",
  "5m": "5 minutes",
  "15m": "15 minutes",
};

export function refreshLabel(interval: RefreshInterval): string {
  return REFRESH_LABELS[interval];
}

/** Short zone name for the summary button: "Local", "UTC", "Europe/Berlin". */
export function zoneShortLabel(tz: TimeZoneSetting): string {
  return tz === LOCAL_TIME_ZONE ? "Local" : tz;
}
