// Reductions of one series for number, gauge, pie, bar and table widgets. Single passes over the values, no
// intermediate arrays; non-finite values count as missing.

export interface SeriesSummary {
  count: number;
  sum: number;
  avg: number;
  min: number;
  max: number;
  first: number;
  last: number;
}

export function summarizeValues(values: readonly number[]): SeriesSummary | null {
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let first = Number.NaN;
  let last = Number.NaN;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (count === 0) first = v;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    last = v;
  }
  if (count === 0) return null;
  return { count, sum, avg: sum / count, min, max, first, last };
}

export interface LatestPoint {
  /** Epoch seconds. */
  timestamp: number;
  value: number;
}

export function latestPoint(timestamps: readonly number[], values: readonly number[]): LatestPoint | null {
  for (let i = Math.min(timestamps.length, values.length) - 1; i >= 0; i--) {
    const value = values[i] ?? Number.NaN;
    if (Number.isFinite(value)) return { timestamp: timestamps[i] ?? 0, value };
  }
  return null;
}

export type TrendDirection = "up" | "down" | "flat";

export interface Trend {
  latest: number;
  /** The point before the latest, null with a single point. */
  previous: number | null;
  /** The first point of the range. */
  start: number;
  deltaPrevious: number | null;
  /** Percent; null when there is no previous point or it is 0. */
  deltaPreviousPercent: number | null;
  deltaStart: number;
  deltaStartPercent: number | null;
  /** Direction of the change against the previous point. */
  direction: TrendDirection;
}

function percentChange(from: number, to: number): number | null {
  return from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
}

/** The latest value against the previous one and against the start of the range. */
export function computeTrend(values: readonly number[]): Trend | null {
  let latest = Number.NaN;
  let previous = Number.NaN;
  let start = Number.NaN;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (Number.isNaN(start)) start = v;
    previous = latest;
    latest = v;
  }
  if (Number.isNaN(latest)) return null;
  const hasPrevious = Number.isFinite(previous);
  const deltaPrevious = hasPrevious ? latest - previous : null;
  return {
    latest,
    previous: hasPrevious ? previous : null,
    start,
    deltaPrevious,
    deltaPreviousPercent: hasPrevious ? percentChange(previous, latest) : null,
    deltaStart: latest - start,
    deltaStartPercent: percentChange(start, latest),
    direction: deltaPrevious === null || deltaPrevious === 0 ? "flat" : deltaPrevious > 0 ? "up" : "down",
  };
}

export type Aggregation = "last" | "sum" | "average" | "min" | "max";

/**
 * How a whole-range value is rebuilt from several points of a statistic. [I] Statistics that cannot be
 * combined exactly (percentiles, trimmed means) and expressions are averaged.
 */
export function aggregationForStat(stat: string | undefined): Aggregation {
  switch (stat) {
    case "Sum":
    case "SampleCount":
      return "sum";
    case "Maximum":
      return "max";
    case "Minimum":
      return "min";
    default:
      return "average";
  }
}

export function aggregate(values: readonly number[], how: Aggregation): number | null {
  const summary = summarizeValues(values);
  if (!summary) return null;
  switch (how) {
    case "last":
      return summary.last;
    case "sum":
      return summary.sum;
    case "min":
      return summary.min;
    case "max":
      return summary.max;
    default:
      return summary.avg;
  }
}

/**
 * The single value a number, gauge, pie or bar widget shows for a series: the latest point, or with
 * `setPeriodToTimeRange` the whole range (normally one point already; several are combined per statistic).
 */
export function snapshotValue(
  values: readonly number[],
  wholeRange: boolean,
  stat: string | undefined,
): number | null {
  return aggregate(values, wholeRange ? aggregationForStat(stat) : "last");
}
