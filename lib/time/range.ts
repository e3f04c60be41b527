import { z } from "zod";
import {
  durationToSeconds,
  isoFromSeconds,
  parseDuration,
  SECONDS_PER_DAY,
  shortFromIso,
  shortFromSeconds,
} from "./duration";
import { fail, ok, type ParseResult } from "./result";

// A dashboard's time range is either relative ("the last 3 hours", re-evaluated on every refresh) or absolute
// (fixed epoch-millisecond bounds). Relative durations are kept as ISO-8601 text so a CloudWatch "-P3M" survives
// import and export unchanged; numbers of seconds are accepted too.

/** Presets in the time picker, as short forms. */
export const RANGE_PRESETS = [
  "5m",
  "15m",
  "1h",
  "3h",
  "6h",
  "12h",
  "1d",
  "3d",
  "1w",
  "2w",
  "30d",
  "90d",
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** CloudWatch's custom relative ranges run from 1 minute... */
export const MIN_RELATIVE_SECONDS = 60;
/** ...to 15 months; hourly data is kept 455 days, so nothing older exists. */
export const MAX_RELATIVE_SECONDS = 455 * SECONDS_PER_DAY;
/** [I] CloudWatch shows 3 hours when a dashboard does not set `start`. */
export const DEFAULT_RELATIVE_DURATION = "PT3H";

export interface RelativeRange {
  type: "relative";
  /** Unsigned ISO-8601 duration ("PT3H", "P1DT12H", "P3M") or a number of seconds. */
  duration: string | number;
}
export interface AbsoluteRange {
  type: "absolute";
  /** Epoch milliseconds, inclusive. */
  start: number;
  /** Epoch milliseconds, exclusive (like GetMetricData EndTime). */
  end: number;
}
export type TimeRange = RelativeRange | AbsoluteRange;
export interface ResolvedRange {
  start: number;
  end: number;
}

function relativeDurationProblem(duration: string | number): string | null {
  if (typeof duration === "string") {
    const parsed = parseDuration(duration);
    if (!parsed.ok) return parsed.reason;
    if (parsed.value.negative) return "a relative duration is written without a sign";
  } else if (!Number.isInteger(duration)) {
    return "a duration in seconds must be a whole number";
  }
  const seconds = durationToSeconds(duration) ?? 0;
  if (seconds < MIN_RELATIVE_SECONDS)
    return `a relative range must be at least ${MIN_RELATIVE_SECONDS} seconds`;
  if (seconds > MAX_RELATIVE_SECONDS) return "a relative range cannot go back more than 455 days (15 months)";
  return null;
}

export const relativeRangeSchema = z.object({
  type: z.literal("relative"),
  duration: z.union([z.string(), z.number()]).superRefine((value, ctx) => {
    const problem = relativeDurationProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

export const absoluteRangeSchema = z
  .object({ type: z.literal("absolute"), start: z.int(), end: z.int() })
  .refine((r) => r.start < r.end, { message: "start must be before end", path: ["end"] });

export const timeRangeSchema = z.discriminatedUnion("type", [relativeRangeSchema, absoluteRangeSchema]);

export function relativeRange(duration: string | number): RelativeRange {
  return { type: "relative", duration };
}

export const DEFAULT_TIME_RANGE: RelativeRange = relativeRange(DEFAULT_RELATIVE_DURATION);

/** Seconds covered by a relative range (0 if its duration is invalid). */
export function relativeSeconds(range: RelativeRange): number {
  return durationToSeconds(range.duration) ?? 0;
}

/** Numeric durations become ISO text so equal ranges compare equal (5400 → "PT90M"). */
export function normalizeRange(range: TimeRange): TimeRange {
  if (range.type === "absolute") return { type: "absolute", start: range.start, end: range.end };
  if (typeof range.duration === "number") return relativeRange(isoFromSeconds(range.duration));
  const parsed = parseDuration(range.duration);
  return parsed.ok ? relativeRange(parsed.value.iso) : range;
}

const EPOCH_MS = /^-?\d{1,16}$/;
/** Full date-time with an explicit zone; a zone-less time would depend on where it is parsed. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** An instant written as epoch milliseconds or as an ISO-8601 date-time with a zone. */
export function parseInstant(text: string): ParseResult<number> {
  const trimmed = text.trim();
  if (EPOCH_MS.test(trimmed)) return ok(Number(trimmed));
  if (ISO_INSTANT.test(trimmed)) {
    const ms = Date.parse(trimmed);
    if (Number.isFinite(ms)) return ok(ms);
  }
  return fail(
    `"${text}" is not a time (expected ISO-8601 with a zone, e.g. 2024-05-01T12:00:00Z, or epoch ms)`,
  );
}

export function formatInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/**
 * Text → range. Relative: "3h", "-3h", "now-3h", "PT3H", "-P1DT12H", a preset. Absolute: "<from>/<to>" with ISO
 * instants or epoch ms. Inverse of `formatRange` for every range it returns.
 */
export function parseRange(text: string): ParseResult<TimeRange> {
  const trimmed = text.trim();
  if (trimmed.includes("/")) {
    const pieces = trimmed.split("/");
    if (pieces.length !== 2) return fail(`"${text}" must be "<from>/<to>"`);
    const start = parseInstant(pieces[0] ?? "");
    if (!start.ok) return start;
    const end = parseInstant(pieces[1] ?? "");
    if (!end.ok) return end;
    if (start.value >= end.value) return fail(`"${text}": the start must be before the end`);
    return ok({ type: "absolute", start: start.value, end: end.value });
  }
  const body = trimmed.replace(/^now\s*-\s*/i, "").replace(/^-/, "");
  const parsed = parseDuration(body);
  if (!parsed.ok) return parsed;
  if (parsed.value.negative || body.startsWith("+")) return fail(`"${text}": ranges look back from now`);
  const range = relativeRange(parsed.value.iso);
  const problem = relativeDurationProblem(range.duration);
  return problem ? fail(`"${text}": ${problem}`) : ok(range);
}

/** Range → compact text: "3h", "P1DT12H", "2024-05-01T00:00:00.000Z/2024-05-02T00:00:00.000Z". */
export function formatRange(range: TimeRange): string {
  if (range.type === "absolute") return `${formatInstant(range.start)}/${formatInstant(range.end)}`;
  const normalized = normalizeRange(range);
  const iso = normalized.type === "relative" ? String(normalized.duration) : "";
  return shortFromIso(iso) ?? iso;
}

export function resolveRange(range: TimeRange, now: number): ResolvedRange {
  if (range.type === "absolute") return { start: range.start, end: range.end };
  return { start: now - relativeSeconds(range) * 1000, end: now };
}

/** What "share" does: pin a relative range to the instants it covers right now. */
export function freezeRange(range: TimeRange, now: number): AbsoluteRange {
  const { start, end } = resolveRange(range, now);
  return { type: "absolute", start, end };
}

/** English label for a relative range: "Last 3 hours", "Last 1 day 12 hours", "Last 3 months". */
export function describeRelativeRange(range: RelativeRange): string {
  const normalized = normalizeRange(range);
  const parsed = parseDuration(normalized.type === "relative" ? String(normalized.duration) : "");
  if (!parsed.ok) return `Last ${shortFromSeconds(relativeSeconds(range))}`;
  const p = parsed.value.parts;
  const words: string[] = [];
  const amounts: Array<[number, string]> = [
    [p.years, "year"],
    [p.months, "month"],
    [p.weeks, "week"],
    [p.days, "day"],
    [p.hours, "hour"],
    [p.minutes, "minute"],
    [p.seconds, "second"],
  ];
  for (const [n, unit] of amounts) if (n) words.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  return `Last ${words.join(" ")}`;
}
