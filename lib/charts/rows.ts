// Series → the shapes recharts draws from. Timestamps arrive in epoch seconds; charts work in epoch
// milliseconds like every time range in the app. A point that is missing stays missing: nothing is
// interpolated, and lines break where a series skipped a period.

/** Key of the time (epoch ms) in every row and point. */
export const TIME_KEY = "t";

/** [I] Consecutive points further apart than this many periods have missing points between them. */
export const GAP_FACTOR = 1.5;

export interface SeriesPoints {
  key: string;
  /** Epoch seconds, ascending. */
  timestamps: readonly number[];
  values: readonly number[];
}

/** One chart row: the time in ms and the value of every series that has a point then. */
export interface ChartRow {
  t: number;
  [seriesKey: string]: number;
}

/**
 * Merges the timestamps of all series into rows (ascending, one per distinct timestamp); a series without a
 * finite value at a row's time has no key in that row.
 */
export function buildChartRows(series: readonly SeriesPoints[]): ChartRow[] {
  let total = 0;
  for (const s of series) total += s.timestamps.length;
  const all = new Float64Array(total);
  let n = 0;
  for (const s of series) for (const t of s.timestamps) all[n++] = t;
  all.sort();
  const times: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i] ?? 0;
    if (i === 0 || t !== all[i - 1]) times.push(t);
  }
  const rows: ChartRow[] = times.map((t) => ({ t: t * 1000 }));
  for (const s of series) {
    let row = 0;
    const count = Math.min(s.timestamps.length, s.values.length);
    for (let k = 0; k < count; k++) {
      const t = s.timestamps[k] ?? 0;
      while (row < times.length && (times[row] ?? 0) < t) row++;
      const value = s.values[k] ?? Number.NaN;
      const target = rows[row];
      if (target && times[row] === t && Number.isFinite(value)) target[s.key] = value;
    }
  }
  return rows;
}

export interface LinePoint {
  t: number;
  v: number | null;
}

/**
 * One series as line points (ms), with a null point one period after the last point before each gap so the
 * line breaks there instead of joining across it. Non-finite values count as missing.
 */
export function linePoints(
  timestamps: readonly number[],
  values: readonly number[],
  period: number,
): LinePoint[] {
  const out: LinePoint[] = [];
  const maxStep = period * GAP_FACTOR;
  let previous = Number.NaN;
  const count = Math.min(timestamps.length, values.length);
  for (let k = 0; k < count; k++) {
    const v = values[k] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    const t = timestamps[k] ?? 0;
    if (Number.isFinite(previous) && t - previous > maxStep)
      out.push({ t: (previous + period) * 1000, v: null });
    out.push({ t: t * 1000, v });
    previous = t;
  }
  return out;
}

/** True when some point has no neighbour within a period on either side (a line would not show it). */
export function hasIsolatedPoints(
  timestamps: readonly number[],
  values: readonly number[],
  period: number,
): boolean {
  const maxStep = period * GAP_FACTOR;
  let prev = Number.NaN;
  let prevIsolatedBefore = true;
  const count = Math.min(timestamps.length, values.length);
  for (let k = 0; k < count; k++) {
    if (!Number.isFinite(values[k] ?? Number.NaN)) continue;
    const t = timestamps[k] ?? 0;
    const joined = Number.isFinite(prev) && t - prev <= maxStep;
    if (Number.isFinite(prev) && prevIsolatedBefore && !joined) return true;
    prevIsolatedBefore = !joined;
    prev = t;
  }
  return Number.isFinite(prev) && prevIsolatedBefore;
}

/** Index of the last element ≤ target in an ascending array, or -1. */
export function lastIndexAtOrBefore(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= target) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface HoverSeries {
  timestamps: readonly number[];
  values: readonly number[];
  period: number;
}

export interface HoverSnapshot {
  /** The hovered time snapped to the nearest point of any series (ms). */
  t: number;
  /** Per series (same order as the input): the value of the period containing `t`, or null. */
  values: (number | null)[];
}

/**
 * What the tooltip shows at a hovered time: the nearest point time across all series (within a period of the
 * series it belongs to), and for every series the value of its period that contains that time (so series
 * with a longer period still show). Null when nothing is near.
 */
export function hoverSnapshot(series: readonly HoverSeries[], tMs: number): HoverSnapshot | null {
  const target = tMs / 1000;
  let best = Number.NaN;
  for (const s of series) {
    const i = lastIndexAtOrBefore(s.timestamps, target);
    for (const j of [i, i + 1]) {
      const t = s.timestamps[j];
      if (t === undefined || !Number.isFinite(s.values[j] ?? Number.NaN)) continue;
      if (Math.abs(t - target) > s.period) continue;
      if (!Number.isFinite(best) || Math.abs(t - target) < Math.abs(best - target)) best = t;
    }
  }
  if (!Number.isFinite(best)) return null;
  const values = series.map((s) => {
    const i = lastIndexAtOrBefore(s.timestamps, best);
    const t = s.timestamps[i];
    const v = s.values[i];
    if (t === undefined || v === undefined || !Number.isFinite(v)) return null;
    return best < t + s.period ? v : null;
  });
  return { t: best * 1000, values };
}
