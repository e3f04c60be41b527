// Metric data sent with PutMetricData, kept in memory per account and Region. Each datum is stored as sent
// (values with counts, a single value, or a statistic set) and aggregated at query time according to its
// age, so retention and roll-ups follow the same tier rules as the generated demo data.

import type { Dimension } from "@/lib/metric-math/types";
import { metricKey, scopeKey } from "@/lib/simulator/demo";
import type { BucketAccumulator } from "./accumulator";
import { availableResolution, floorTo, retentionCuts } from "./time-grid";

export interface StoredEntry {
  /** Epoch seconds (may be fractional). */
  t: number;
  unit: string;
  /** 1 (high resolution) or 60. */
  storageResolution: number;
  n: number;
  sum: number;
  min: number;
  max: number;
  /** Raw samples: values and how often each occurred. Absent for statistic sets. */
  values?: Float64Array;
  counts?: Float64Array;
}

export interface StoredMetric {
  accountId: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  key: string;
  /** Sorted by t. */
  entries: StoredEntry[];
  lastTimestamp: number;
}

export class PutStore {
  private readonly metrics = new Map<string, StoredMetric>();
  private readonly byScope = new Map<string, Map<string, StoredMetric>>();

  add(
    accountId: string,
    region: string,
    namespace: string,
    metricName: string,
    dimensions: Dimension[],
    entry: StoredEntry,
  ): void {
    const key = metricKey(namespace, metricName, dimensions);
    const scope = scopeKey(accountId, region);
    let metric = this.metrics.get(`${scope}|${key}`);
    if (!metric) {
      metric = {
        accountId,
        region,
        namespace,
        metricName,
        dimensions,
        key,
        entries: [],
        lastTimestamp: -Infinity,
      };
      this.metrics.set(`${scope}|${key}`, metric);
      let scoped = this.byScope.get(scope);
      if (!scoped) {
        scoped = new Map();
        this.byScope.set(scope, scoped);
      }
      scoped.set(key, metric);
    }
    const entries = metric.entries;
    if (entries.length === 0 || (entries[entries.length - 1]?.t ?? -Infinity) <= entry.t) entries.push(entry);
    else entries.splice(lowerBound(entries, entry.t + 1e-9), 0, entry);
    if (entry.t > metric.lastTimestamp) metric.lastTimestamp = entry.t;
  }

  get(accountId: string, region: string, key: string): StoredMetric | undefined {
    return this.metrics.get(`${scopeKey(accountId, region)}|${key}`);
  }

  list(accountId: string, region: string): Iterable<StoredMetric> {
    return this.byScope.get(scopeKey(accountId, region))?.values() ?? [];
  }
}

/** First index whose timestamp is >= t. */
function lowerBound(entries: StoredEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid]?.t ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds a stored metric's data in [acc.t0, end) to the accumulator. Each datum is stamped at the start of the
 * interval of the resolution still available for its age (1 s / 1 min / 5 min / 1 h).
 */
export function accumulateStored(
  metric: StoredMetric,
  acc: BucketAccumulator,
  end: number,
  now: number,
  unit?: string,
): void {
  const cuts = retentionCuts(now);
  const entries = metric.entries;
  for (let i = lowerBound(entries, acc.t0); i < entries.length; i++) {
    const e = entries[i];
    if (!e || e.t >= end) break;
    if (unit !== undefined && e.unit !== unit) continue;
    const resolution = availableResolution(e.t, e.storageResolution, cuts);
    if (resolution === 0) continue;
    const b = acc.bucketAt(floorTo(Math.floor(e.t), resolution));
    if (b < 0) continue;
    acc.add(b, e.n, e.sum, e.min, e.max);
    if (!acc.withPoints) continue;
    if (e.values) {
      const sink = acc.pointsOf(b);
      for (let k = 0; k < e.values.length; k++) sink.push(e.values[k] ?? 0, e.counts?.[k] ?? 1, true);
    } else if (e.min === e.max) {
      // [D] A statistic set supports percentiles only when all its samples are equal.
      acc.pointsOf(b).push(e.min, e.n, true);
    } else {
      acc.markOpaque(b);
    }
  }
}
