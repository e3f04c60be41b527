// Period datapoints of one metric statistic for alarm evaluation, kept in a ring so that evaluating the next
// minute only queries the newest data instead of the whole evaluation range again.
//
// A datapoint is identified by the end of its window, W (a multiple of the evaluation step): it aggregates
// [W − Period, W). Alarms evaluated every minute with a 5-minute period therefore use windows that overlap;
// basic statistics are combined from one-step buckets (one backend query), other statistics are queried per
// phase (W mod Period) so percentiles see the raw samples of each window.

import type { MetricIdentity } from "@/lib/metric-math";
import { type MetricsBackend, type StatisticSpec } from "@/lib/simulator/cloudwatch";
import { BucketAccumulator } from "@/lib/simulator/cloudwatch/accumulator";
import { extendedStatisticOf } from "@/lib/simulator/cloudwatch/sample-stats";
import { metricKey } from "@/lib/simulator/demo";
import { PointCapture } from "./point-capture";

export interface SourceSpec {
  accountId: string;
  region: string;
  metric: MetricIdentity;
  spec: StatisticSpec;
  /** Seconds. */
  period: number;
  /** Seconds between evaluations; divides the period. */
  step: number;
  unit?: string;
  /** The noise- and incident-free expectation of demo series (anomaly bands). */
  expected?: boolean;
}

/** Shared scratch space: sources are filled one at a time, never concurrently. */
const scratch = new BucketAccumulator(0, 60, 0, false);
const capture = new PointCapture();
let dn = new Float64Array(256);
let dsum = new Float64Array(256);
let dmin = new Float64Array(256);
let dmax = new Float64Array(256);

function ensureScratch(size: number): void {
  if (dn.length >= size) return;
  const grown = Math.max(size, dn.length * 2);
  dn = new Float64Array(grown);
  dsum = new Float64Array(grown);
  dmin = new Float64Array(grown);
  dmax = new Float64Array(grown);
}

export class PeriodSource {
  readonly source: SourceSpec;
  private readonly key: string;
  private readonly values: Float64Array;
  private readonly counts: Float64Array;
  private readonly cap: number;
  /** Positions (W / step) currently held: [lo, hi]. */
  private lo = 0;
  private hi = -1;
  private hasData = false;
  /** Number of stored PutMetricData entries when the ring was filled; a change invalidates it. */
  private version = -2;
  /** Backend queries made, for benchmarks and tests. */
  queries = 0;
  /** Bumped whenever held datapoints are dropped, so derived caches know to recompute. */
  generation = 0;

  constructor(source: SourceSpec, capacity: number) {
    this.source = source;
    this.key = metricKey(source.metric.namespace, source.metric.metricName, source.metric.dimensions);
    this.cap = capacity;
    this.values = new Float64Array(capacity);
    this.counts = new Float64Array(capacity);
  }

  /** Value of the datapoint ending at position p (NaN when missing or not held). */
  value(p: number): number {
    if (!this.hasData || p < this.lo || p > this.hi) return NaN;
    return this.values[p % this.cap] ?? NaN;
  }

  count(p: number): number {
    if (!this.hasData || p < this.lo || p > this.hi) return NaN;
    return this.counts[p % this.cap] ?? NaN;
  }

  /** Makes positions [from, to] available (to − from < capacity), querying only what is not held yet. */
  ensure(backend: MetricsBackend, from: number, to: number, now: number): void {
    const version = this.storedVersion(backend);
    if (version !== this.version) {
      if (this.hasData) this.generation++;
      this.hasData = false;
      this.version = version;
    }
    if (this.hasData && from >= this.lo && to <= this.hi) return;
    let start = from;
    if (this.hasData && this.hi >= from - 1 && this.lo <= from) start = this.hi + 1;
    else {
      if (this.hasData) this.generation++;
      this.hasData = true;
      this.lo = from;
    }
    if (start > to) return;
    this.hi = to;
    this.lo = Math.max(this.lo, to - this.cap + 1);
    this.fill(backend, start, to, now);
  }

  /** The PutMetricData store keeps one object per metric; once it exists its entry count is the version. */
  private stored: { entries: readonly unknown[] } | undefined;

  private storedVersion(backend: MetricsBackend): number {
    if (this.source.expected) return 0;
    this.stored ??= backend.store.get(this.source.accountId, this.source.region, this.key);
    return this.stored?.entries.length ?? -1;
  }

  private store(p: number, value: number, count: number): void {
    const slot = p % this.cap;
    this.values[slot] = value;
    this.counts[slot] = count;
  }

  private fill(backend: MetricsBackend, start: number, end: number, now: number): void {
    const { period, step, spec } = this.source;
    for (let p = start; p <= end; p++) this.store(p, NaN, 0);
    if (period === step) this.fillPhases(backend, start, end, now);
    else if (spec.kind === "basic") this.fillCombined(backend, start, end, now);
    else if (!this.fillWindows(backend, start, end, now)) this.fillPhases(backend, start, end, now);
  }

  /** Basic statistics over overlapping windows: one query of step-sized buckets, then window sums. */
  private fillCombined(backend: MetricsBackend, start: number, end: number, now: number): void {
    const { period, step, spec, accountId, region, metric, unit, expected } = this.source;
    if (spec.kind !== "basic") return;
    const width = period / step;
    const t0 = start * step - period;
    const buckets = end - start + width;
    ensureScratch(buckets);
    dn.fill(0, 0, buckets);
    scratch.reset(t0, step, buckets, false);
    backend.collectInto(scratch, accountId, region, metric, end * step, now, {
      unit,
      withPoints: false,
      expected,
    });
    this.queries++;
    for (let i = 0; i < scratch.size; i++) {
      const b = (scratch.timestampOf(i) - t0) / step;
      dn[b] = scratch.basic(i, "SampleCount");
      dsum[b] = scratch.basic(i, "Sum");
      dmin[b] = scratch.basic(i, "Minimum");
      dmax[b] = scratch.basic(i, "Maximum");
    }
    for (let p = start; p <= end; p++) {
      const first = p - start;
      let n = 0;
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      for (let b = first; b < first + width; b++) {
        const c = dn[b] ?? 0;
        if (c <= 0) continue;
        n += c;
        sum += dsum[b] ?? 0;
        min = Math.min(min, dmin[b] ?? Infinity);
        max = Math.max(max, dmax[b] ?? -Infinity);
      }
      if (n <= 0) continue;
      const value =
        spec.name === "SampleCount"
          ? n
          : spec.name === "Sum"
            ? sum
            : spec.name === "Average"
              ? sum / n
              : spec.name === "Minimum"
                ? min
                : max;
      this.store(p, value, n);
    }
  }

  /**
   * Extended statistics over overlapping windows: one query of step-sized buckets keeping the samples, then
   * each window's statistic over the samples of its buckets. Returns false (nothing stored) when the samples
   * did not arrive in time order, so the caller can fall back to per-phase queries.
   */
  private fillWindows(backend: MetricsBackend, start: number, end: number, now: number): boolean {
    const { period, step, spec, accountId, region, metric, unit, expected } = this.source;
    const width = period / step;
    const t0 = start * step - period;
    const buckets = end - start + width;
    ensureScratch(buckets);
    dn.fill(0, 0, buckets);
    capture.reset(t0, step, buckets, true);
    backend.collectInto(capture, accountId, region, metric, end * step, now, {
      unit,
      withPoints: true,
      expected,
    });
    this.queries++;
    if (!capture.ordered) return false;
    for (let i = 0; i < capture.size; i++)
      dn[(capture.timestampOf(i) - t0) / step] = capture.basic(i, "SampleCount");
    const view = { values: capture.values, weights: capture.weights, exact: capture.exact, start: 0, end: 0 };
    for (let p = start; p <= end; p++) {
      const first = p - start;
      let n = 0;
      for (let b = first; b < first + width; b++) n += dn[b] ?? 0;
      if (n <= 0) continue;
      const range = capture.range(first, width);
      if (!range) continue;
      view.start = range.start;
      view.end = range.end;
      const value = extendedStatisticOf(spec, view);
      if (value !== undefined && Number.isFinite(value)) this.store(p, value, n);
    }
    return true;
  }

  /** Any statistic: one query per phase (W mod Period) with Period-sized buckets. */
  private fillPhases(backend: MetricsBackend, start: number, end: number, now: number): void {
    const { period, step, spec, accountId, region, metric, unit, expected } = this.source;
    const stride = period / step;
    const withPoints = spec.kind !== "basic";
    for (let first = start; first < start + stride && first <= end; first++) {
      const count = Math.floor((end - first) / stride) + 1;
      const t0 = first * step - period;
      scratch.reset(t0, period, count, withPoints);
      backend.collectInto(scratch, accountId, region, metric, t0 + count * period, now, {
        unit,
        withPoints,
        expected,
      });
      this.queries++;
      for (let i = 0; i < scratch.size; i++) {
        const n = scratch.basic(i, "SampleCount");
        if (n <= 0) continue;
        const value = scratch.extended(i, spec);
        if (value === undefined || !Number.isFinite(value)) continue;
        const j = (scratch.timestampOf(i) - t0) / period;
        this.store(first + j * stride, value, n);
      }
    }
  }
}
