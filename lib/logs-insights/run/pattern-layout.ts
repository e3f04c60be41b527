// Slot layout of the rows `pattern` produces, shared by `diff` and `anomaly` which read and extend them. The
// visible fields come first; the hidden slots carry each pattern's time profile for `anomaly`.

import { ANOMALY_DETECTION as D } from "../semantics";

export const PATTERN_SLOTS = {
  pattern: 0,
  ratio: 1,
  sampleCount: 2,
  severityLabel: 3,
  tokens: 4,
  visualization: 5,
  /** Hidden: event counts per time bucket (number[]), or null when not tracked. */
  histogram: 6,
  /** Hidden: start (epoch ms) of the histogram's first bucket. */
  histogramStart: 7,
  /** Hidden: bucket size of the histogram (ms). */
  bucketMs: 8,
  /** Hidden: timestamps of the pattern's first and last event. */
  firstSeen: 9,
  lastSeen: 10,
} as const;

/** Number of visible pattern fields (slots 0 .. VISIBLE - 1). */
export const PATTERN_VISIBLE_SLOTS = 6;
export const PATTERN_SLOT_COUNT = 11;

/** How `pattern` buckets event times for a following `anomaly`. */
export interface BucketConfig {
  /** Epoch ms of bucket 0. */
  origin: number;
  bucketMs: number;
  /** Buckets of the query range, or null when the range is unknown (then the observed range is used). */
  count: number | null;
}

/** The smallest configured bucket size that splits `lengthMs` into at most `maxBuckets` buckets. */
export function bucketSizeFor(lengthMs: number): number {
  for (const size of D.bucketSizesMs) if (Math.floor(lengthMs / size) <= D.maxBuckets) return size;
  const largest = D.bucketSizesMs[D.bucketSizesMs.length - 1] ?? 86_400_000;
  return largest * Math.ceil(lengthMs / largest / D.maxBuckets);
}

/** Buckets over the query range [startTime, endTime] (inclusive), or one-minute buckets when it is unknown. */
export function bucketConfig(startTime: number | undefined, endTime: number | undefined): BucketConfig {
  if (startTime === undefined || endTime === undefined || endTime < startTime) {
    return { origin: 0, bucketMs: D.bucketSizesMs[0] ?? 60_000, count: null };
  }
  const length = endTime - startTime + 1;
  const bucketMs = bucketSizeFor(length);
  return { origin: startTime, bucketMs, count: Math.ceil(length / bucketMs) };
}
