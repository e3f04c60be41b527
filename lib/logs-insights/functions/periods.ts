// Time periods (`5m`, `1h`, `1mo`...) and flooring/ceiling epoch-ms timestamps to them, in UTC.

import type { PeriodUnit } from "../ast";
import { WEEK_STARTS_ON } from "../semantics";

const FIXED_MS: Partial<Record<PeriodUnit, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
const MONTHS: Partial<Record<PeriodUnit, number>> = { mo: 1, q: 3, y: 12 };

/** Caps reported for bin periods (s <= 60, m <= 60, h <= 24); see ENFORCE_PERIOD_UNIT_CAPS. */
export const PERIOD_UNIT_CAPS: Partial<Record<PeriodUnit, number>> = { s: 60, m: 60, h: 24 };

const DAY = 86_400_000;
/** Offset of the first week boundary from the epoch (1970-01-01 was a Thursday). */
const WEEK_ORIGIN = WEEK_STARTS_ON === "monday" ? -3 * DAY : WEEK_STARTS_ON === "sunday" ? -4 * DAY : 0;

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

/** Length in ms of a fixed period, or null for calendar units (month, quarter, year). */
export function fixedPeriodMs(p: Period): number | null {
  const base = FIXED_MS[p.unit];
  return base === undefined ? null : base * p.amount;
}

export function floorToPeriod(ts: number, p: Period): number {
  const fixed = fixedPeriodMs(p);
  if (fixed !== null) {
    const origin = p.unit === "w" ? WEEK_ORIGIN : 0;
    return Math.floor((ts - origin) / fixed) * fixed + origin;
  }
  const step = (MONTHS[p.unit] ?? 1) * p.amount;
  const d = new Date(ts);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const floored = Math.floor(months / step) * step;
  return Date.UTC(Math.floor(floored / 12), floored % 12, 1);
}

export function ceilToPeriod(ts: number, p: Period): number {
  const floor = floorToPeriod(ts, p);
  if (floor === ts) return ts;
  return addPeriod(floor, p);
}

/** The next boundary after a boundary `ts`. */
export function addPeriod(ts: number, p: Period): number {
  const fixed = fixedPeriodMs(p);
  if (fixed !== null) return ts + fixed;
  const step = (MONTHS[p.unit] ?? 1) * p.amount;
  const d = new Date(ts);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
}

/** A flooring function specialised for one period (the hot path of `stats ... by bin(5m)`). */
export function makeFloor(p: Period): (ts: number) => number {
  const fixed = fixedPeriodMs(p);
  if (fixed !== null && p.unit !== "w") return (ts) => Math.floor(ts / fixed) * fixed;
  return (ts) => floorToPeriod(ts, p);
}
