// Deterministic stand-in for the ML behind `anomaly` (rules and thresholds: ANOMALY_DETECTION): a pattern is
// anomalous when some of its time buckets exceed its own robust baseline, or when it is absent from the start
// of the range and then appears.

import { ANOMALY_DETECTION as D, ANOMALY_TYPES } from "../semantics";

/** One pattern's events per time bucket over the query range. */
export interface PatternHistogram {
  counts: readonly number[];
  /** Epoch ms of the first bucket's start. */
  startMs: number;
  bucketMs: number;
  /** Timestamps of the pattern's first and last event. */
  first: number;
  last: number;
}

export interface DetectedAnomaly {
  type: (typeof ANOMALY_TYPES)[keyof typeof ANOMALY_TYPES];
  /** Deviation of the peak bucket from the baseline, in spreads. */
  score: number;
  /** Median events per bucket. */
  baseline: number;
  /** Events in the busiest bucket. */
  peak: number;
  /** Events in the anomalous buckets (all events for a new pattern). */
  events: number;
  /** Time span of the anomaly (epoch ms, inclusive). */
  from: number;
  to: number;
}

/** Median of a sorted array. */
function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const MAD_TO_SIGMA = 1.4826;

export function detectAnomaly(h: PatternHistogram): DetectedAnomaly | null {
  const counts = h.counts;
  const n = counts.length;
  if (n < D.minBuckets) return null;
  const sorted = [...counts].sort((a, b) => a - b);
  const baseline = median(sorted);
  const mad = median(counts.map((c) => Math.abs(c - baseline)).sort((a, b) => a - b));
  const spread = Math.max(MAD_TO_SIGMA * mad, Math.sqrt(Math.max(baseline, 1)));
  const bar = Math.max(baseline + D.zThreshold * spread, D.minFactor * baseline, D.minBucketEvents);

  let total = 0;
  let peak = 0;
  let anomalous = 0;
  let firstHot = -1;
  let lastHot = -1;
  for (let i = 0; i < n; i++) {
    const c = counts[i] ?? 0;
    total += c;
    if (c > peak) peak = c;
    if (c >= bar) {
      anomalous += c;
      if (firstHot < 0) firstHot = i;
      lastHot = i;
    }
  }
  const score = (peak - baseline) / spread;

  const warmup = Math.max(1, Math.floor(n * D.warmupShare));
  let quietStart = true;
  for (let i = 0; i < warmup && quietStart; i++) if ((counts[i] ?? 0) > 0) quietStart = false;
  if (quietStart && total >= D.minEvents && peak >= D.minBucketEvents) {
    return {
      type: ANOMALY_TYPES.newPattern,
      score,
      baseline,
      peak,
      events: total,
      from: h.first,
      to: h.last,
    };
  }
  if (firstHot < 0 || anomalous < D.minEvents) return null;
  return {
    type: ANOMALY_TYPES.frequency,
    score,
    baseline,
    peak,
    events: anomalous,
    from: Math.max(h.first, h.startMs + firstHot * h.bucketMs),
    to: Math.min(h.last, h.startMs + (lastHot + 1) * h.bucketMs - 1),
  };
}
