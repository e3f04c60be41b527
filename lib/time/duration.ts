import { fail, ok, type ParseResult } from "./result";

// Durations appear in two spellings: ISO-8601 as CloudWatch writes dashboard `start` ("-PT3H", "-P3M")
// and the short forms people type or put in URLs ("36h", "15m", "2w"). Both parse to the same parts so a
// value can be written back in the spelling it came in.

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3_600;
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_WEEK = 604_800;
/** [I] A month has no fixed length; CloudWatch lets ranges run to "15 months" and keeps hourly data 455 days, so
 * 30-day months keep P15M (450 days) inside retention. */
export const DAYS_PER_MONTH = 30;
/** [I] Same reasoning as DAYS_PER_MONTH. */
export const DAYS_PER_YEAR = 365;

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export interface ParsedDuration {
  /** True for "-PT3H" / "-3h": CloudWatch writes relative starts as negative durations. */
  negative: boolean;
  parts: DurationParts;
  /** Total length in seconds (months and years approximated, see DAYS_PER_MONTH). */
  seconds: number;
  /** Canonical unsigned ISO-8601 spelling of `parts`, e.g. "PT36H" (components are never carried). */
  iso: string;
}

const ISO_PATTERN =
  /^([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;
const SHORT_PATTERN = /^([+-])?((?:\d+\s*(?:s|m|h|d|w)\s*)+)$/i;
const SHORT_PART = /(\d+)\s*(s|m|h|d|w)/gi;

function emptyParts(): DurationParts {
  return { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
}

export function partsToSeconds(p: DurationParts): number {
  return (
    p.years * DAYS_PER_YEAR * SECONDS_PER_DAY +
    p.months * DAYS_PER_MONTH * SECONDS_PER_DAY +
    p.weeks * SECONDS_PER_WEEK +
    p.days * SECONDS_PER_DAY +
    p.hours * SECONDS_PER_HOUR +
    p.minutes * SECONDS_PER_MINUTE +
    p.seconds
  );
}

export function partsToIso(p: DurationParts): string {
  const date = `${p.years ? `${p.years}Y` : ""}${p.months ? `${p.months}M` : ""}${p.weeks ? `${p.weeks}W` : ""}${
    p.days ? `${p.days}D` : ""
  }`;
  const time = `${p.hours ? `${p.hours}H` : ""}${p.minutes ? `${p.minutes}M` : ""}${p.seconds ? `${p.seconds}S` : ""}`;
  if (!date && !time) return "PT0S";
  return `P${date}${time ? `T${time}` : ""}`;
}

function finish(negative: boolean, parts: DurationParts): ParsedDuration {
  return { negative, parts, seconds: partsToSeconds(parts), iso: partsToIso(parts) };
}

/**
 * Parses "PT3H", "-P1DT12H", "P2W", "P3M", "36h", "-9H", "1h30m". Short forms use s/m/h/d/w (m is minutes, in
 * either case); CloudWatch's own "-9H" spelling (seen in CDK output) is accepted as a short form.
 */
export function parseDuration(input: string): ParseResult<ParsedDuration> {
  const text = input.trim();
  const iso = ISO_PATTERN.exec(text);
  if (iso) {
    const [, sign, y, mo, w, d, h, mi, s] = iso;
    if (text.toUpperCase().endsWith("T"))
      return fail(`"${input}" is not a duration: "T" must be followed by a time`);
    const parts: DurationParts = {
      years: Number(y ?? 0),
      months: Number(mo ?? 0),
      weeks: Number(w ?? 0),
      days: Number(d ?? 0),
      hours: Number(h ?? 0),
      minutes: Number(mi ?? 0),
      seconds: Number(s ?? 0),
    };
    if ([y, mo, w, d, h, mi, s].every((v) => v === undefined))
      return fail(`"${input}" has no duration components`);
    return ok(finish(sign === "-", parts));
  }
  const short = SHORT_PATTERN.exec(text);
  if (short) {
    const parts = emptyParts();
    const seen = new Set<string>();
    for (const match of (short[2] ?? "").matchAll(SHORT_PART)) {
      const unit = (match[2] ?? "").toLowerCase();
      if (seen.has(unit)) return fail(`"${input}" repeats the unit "${unit}"`);
      seen.add(unit);
      const n = Number(match[1]);
      if (unit === "s") parts.seconds = n;
      else if (unit === "m") parts.minutes = n;
      else if (unit === "h") parts.hours = n;
      else if (unit === "d") parts.days = n;
      else parts.weeks = n;
    }
    return ok(finish(short[1] === "-", parts));
  }
  return fail(`"${input}" is not a duration (expected e.g. "3h", "90m", "PT3H", "P1D")`);
}

const SINGLE_UNITS: ReadonlyArray<readonly [number, string, string]> = [
  [SECONDS_PER_WEEK, "w", "W"],
  [SECONDS_PER_DAY, "d", "D"],
  [SECONDS_PER_HOUR, "h", "H"],
  [SECONDS_PER_MINUTE, "m", "M"],
  [1, "s", "S"],
];

/** Seconds → ISO in the largest single unit that divides evenly: 5400 → "PT90M", 1209600 → "P2W". */
export function isoFromSeconds(seconds: number): string {
  for (const [size, , iso] of SINGLE_UNITS) {
    if (seconds % size === 0 && seconds >= size) {
      const n = seconds / size;
      return size >= SECONDS_PER_DAY ? `P${n}${iso}` : `PT${n}${iso}`;
    }
  }
  return "PT0S";
}

/** Seconds → short form in the largest unit that divides evenly: 10800 → "3h", 1209600 → "2w". */
export function shortFromSeconds(seconds: number): string {
  for (const [size, unit] of SINGLE_UNITS) {
    if (seconds % size === 0 && seconds >= size) return `${seconds / size}${unit}`;
  }
  return "0s";
}

/** "PT36H" → "36h"; null when the ISO value needs more than one unit or uses months/years ("P1DT12H", "P3M"). */
export function shortFromIso(iso: string): string | null {
  const parsed = parseDuration(iso);
  if (!parsed.ok) return null;
  const p = parsed.value.parts;
  if (p.years || p.months) return null;
  const used: Array<[number, string]> = [
    [p.weeks, "w"],
    [p.days, "d"],
    [p.hours, "h"],
    [p.minutes, "m"],
    [p.seconds, "s"],
  ].filter((entry): entry is [number, string] => entry[0] !== 0);
  const only = used[0];
  return used.length === 1 && only ? `${only[0]}${only[1]}` : null;
}

/** Length in seconds of a duration written as ISO/short text or as a number of seconds; undefined when invalid. */
export function durationToSeconds(duration: string | number): number | undefined {
  if (typeof duration === "number") return Number.isFinite(duration) && duration > 0 ? duration : undefined;
  const parsed = parseDuration(duration);
  return parsed.ok && !parsed.value.negative ? parsed.value.seconds : undefined;
}
