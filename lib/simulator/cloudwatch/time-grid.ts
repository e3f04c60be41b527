// Time rules of GetMetricData / GetMetricStatistics: start rounding, the bucket grid and retention tiers.

export const HOUR = 3600;
export const DAY = 86400;

/** [D] How long data of each resolution is kept (CloudWatch retention tiers). */
export const RETENTION = {
  highResolution: 3 * HOUR,
  oneMinute: 15 * DAY,
  fiveMinutes: 63 * DAY,
  oneHour: 455 * DAY,
} as const;

/** Periods a high-resolution query may use below one minute. */
export const SUB_MINUTE_PERIODS: readonly number[] = [1, 5, 10, 20, 30];

export function isValidPeriod(period: number): boolean {
  return Number.isInteger(period) && period > 0 && (SUB_MINUTE_PERIODS.includes(period) || period % 60 === 0);
}

/**
 * [D] StartTime rounding: < 15 days old → whole minute, 15–63 days → 5 minutes, older → hour. Sub-minute
 * periods round to a multiple of the period instead. [I] That only applies while the start is inside the
 * 3-hour high-resolution window; an older start gets the minute rule.
 */
export function roundStart(start: number, period: number, now: number): number {
  const s = Math.floor(start);
  const age = now - s;
  if (period < 60 && age < RETENTION.highResolution) return s - mod(s, period);
  const step = age < RETENTION.oneMinute ? 60 : age < RETENTION.fiveMinutes ? 300 : HOUR;
  return s - mod(s, step);
}

export function mod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

export function floorTo(t: number, step: number): number {
  return t - mod(t, step);
}

/** Number of buckets [t0 + k·period, …) that start before `end`. */
export function bucketCount(t0: number, end: number, period: number): number {
  return end > t0 ? Math.ceil((end - t0) / period) : 0;
}

/** Boundaries (epoch seconds) below which data is only kept at a coarser resolution; aligned to it. */
export interface RetentionCuts {
  highResolution: number;
  oneMinute: number;
  fiveMinutes: number;
  oneHour: number;
}

export function retentionCuts(now: number): RetentionCuts {
  return {
    highResolution: floorTo(now - RETENTION.highResolution, 60),
    oneMinute: floorTo(now - RETENTION.oneMinute, 300),
    fiveMinutes: floorTo(now - RETENTION.fiveMinutes, HOUR),
    oneHour: floorTo(now - RETENTION.oneHour, HOUR),
  };
}

/** Resolution at which data stored at `storedResolution` and time t is still available; 0 = expired. */
export function availableResolution(t: number, storedResolution: number, cuts: RetentionCuts): number {
  if (t >= cuts.highResolution) return storedResolution;
  if (t >= cuts.oneMinute) return Math.max(60, storedResolution);
  if (t >= cuts.fiveMinutes) return Math.max(300, storedResolution);
  if (t >= cuts.oneHour) return Math.max(HOUR, storedResolution);
  return 0;
}

export interface TierSegment {
  from: number;
  to: number;
  /** Resolution of the data in [from, to) for data stored at `storedResolution`. */
  resolution: number;
}

/** The retention segments, oldest first, clipped to [from, to). */
export function tierSegments(
  from: number,
  to: number,
  storedResolution: number,
  cuts: RetentionCuts,
): TierSegment[] {
  const bounds: Array<[number, number, number]> = [
    [cuts.oneHour, cuts.fiveMinutes, Math.max(HOUR, storedResolution)],
    [cuts.fiveMinutes, cuts.oneMinute, Math.max(300, storedResolution)],
    [cuts.oneMinute, cuts.highResolution, Math.max(60, storedResolution)],
    [cuts.highResolution, Infinity, storedResolution],
  ];
  const out: TierSegment[] = [];
  for (const [a, b, resolution] of bounds) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (hi > lo) out.push({ from: lo, to: hi, resolution });
  }
  return out;
}
