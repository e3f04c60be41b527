import {
  formatDate,
  formatDateTime,
  formatTime,
  getWallClock,
  wallClockToEpoch,
  zoneOffsetMinutes,
  type TimeZoneSetting,
} from "@/lib/time";

// Time axis ticks on round wall-clock times of the chosen zone ("local", "UTC" or an IANA name): every 15
// minutes, every 6 hours, every midnight, every first of the month… DST is handled by converting wall-clock
// times through lib/time.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Sub-day steps, aligned in the zone's local time. */
const CLOCK_STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
];
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 3, 6, 12];
/** Nominal month length, only for choosing a step. */
const MONTH = 30 * DAY;

/** [I] Horizontal pixels per time tick label. */
export const TICK_SPACING_PX = 90;

export function maxTicksForWidth(widthPx: number): number {
  return Math.max(2, Math.floor(widthPx / TICK_SPACING_PX));
}

export type TickStep =
  { kind: "clock"; ms: number } | { kind: "day"; days: number } | { kind: "month"; months: number };

export function stepMs(step: TickStep): number {
  if (step.kind === "clock") return step.ms;
  if (step.kind === "day") return step.days * DAY;
  return step.months * MONTH;
}

/** The smallest step that keeps the number of ticks within `maxTicks`. */
export function chooseTickStep(spanMs: number, maxTicks: number): TickStep {
  const limit = Math.max(1, maxTicks);
  for (const ms of CLOCK_STEPS) if (spanMs / ms <= limit) return { kind: "clock", ms };
  for (const days of DAY_STEPS) if (spanMs / (days * DAY) <= limit) return { kind: "day", days };
  for (const months of MONTH_STEPS) if (spanMs / (months * MONTH) <= limit) return { kind: "month", months };
  return { kind: "month", months: 12 * Math.ceil(spanMs / (12 * MONTH) / limit) };
}

function clockTicks(start: number, end: number, step: number, tz: TimeZoneSetting): number[] {
  const ticks: number[] = [];
  const offset = (t: number) => zoneOffsetMinutes(t, tz) * MINUTE;
  let local = Math.ceil((start + offset(start)) / step) * step;
  for (let guard = 0; guard < 10_000; guard++, local += step) {
    let utc = local - offset(local - offset(start));
    utc = local - offset(utc);
    if (utc > end) break;
    if (utc >= start && (ticks.length === 0 || utc > (ticks[ticks.length - 1] ?? 0))) ticks.push(utc);
  }
  return ticks;
}

/** Local midnight of a calendar date, with day/month overflow normalised first (Jan 32 → Feb 1). */
function midnight(year: number, month: number, day: number, tz: TimeZoneSetting): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const wall = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return wallClockToEpoch({ ...wall, hour: 0, minute: 0, second: 0 }, tz);
}

function dayTicks(start: number, end: number, days: number, tz: TimeZoneSetting): number[] {
  const ticks: number[] = [];
  const first = getWallClock(start, tz);
  for (let i = 0; i < 10_000; i++) {
    const t = midnight(first.year, first.month, first.day + i, tz);
    if (t > end) break;
    if (t < start) continue;
    const wall = getWallClock(t, tz);
    // Multi-day steps keep to calendar days of the month (1st, 3rd… or 1st, 8th…) so ticks do not drift.
    if (days === 1 || (wall.day - 1) % days === 0) ticks.push(t);
  }
  return ticks;
}

function monthTicks(start: number, end: number, months: number, tz: TimeZoneSetting): number[] {
  const ticks: number[] = [];
  const first = getWallClock(start, tz);
  for (let i = 0; i < 10_000; i++) {
    const t = midnight(first.year, first.month + i, 1, tz);
    if (t > end) break;
    if (t < start) continue;
    const month = getWallClock(t, tz).month;
    if ((month - 1) % months === 0) ticks.push(t);
  }
  return ticks;
}

export interface TimeTicks {
  ticks: number[];
  step: TickStep;
}

/** Round wall-clock instants (epoch ms) between start and end, at most about `maxTicks` of them. */
export function timeAxisTicks(start: number, end: number, tz: TimeZoneSetting, maxTicks: number): TimeTicks {
  const step = chooseTickStep(Math.max(0, end - start), maxTicks);
  if (!(end > start)) return { ticks: [], step };
  if (step.kind === "clock") return { ticks: clockTicks(start, end, step.ms, tz), step };
  if (step.kind === "day") return { ticks: dayTicks(start, end, step.days, tz), step };
  return { ticks: monthTicks(start, end, step.months, tz), step };
}

/**
 * Tick label: "14:30" within a day (the date, "03-10", at local midnight), "03-10" for day steps, "2024-03"
 * for month steps.
 */
export function formatTimeTick(ms: number, step: TickStep, tz: TimeZoneSetting): string {
  if (step.kind === "month") return formatDate(ms, tz).slice(0, 7);
  if (step.kind === "day") return formatDate(ms, tz).slice(5);
  const wall = getWallClock(ms, tz);
  if (wall.hour === 0 && wall.minute === 0 && step.ms >= HOUR) return formatDate(ms, tz).slice(5);
  return formatTime(ms, tz, { seconds: step.ms < MINUTE });
}

/** Tooltip / table header time: date and time, with seconds when the data has sub-minute periods. */
export function formatPointTime(ms: number, tz: TimeZoneSetting, periodSeconds = 60): string {
  return formatDateTime(ms, tz, { seconds: periodSeconds < 60 });
}
