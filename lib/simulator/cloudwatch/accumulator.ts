// Per-bucket aggregation of everything that lands in a query's time grid: sample count, sum, min and max for
// the basic statistics and, when an extended statistic is asked for, the samples themselves. Only buckets
// that receive data are stored, in time order: sources feed slots oldest first, so appending is the rule
// and inserting (data from a second source) the exception.

import type { PointSink } from "@/lib/simulator/demo";
import { extendedStatisticOf, PointList } from "./sample-stats";
import type { BasicStatistic, StatisticSpec } from "./statistics";

export interface BucketSeries {
  /** Bucket start times, ascending, epoch seconds. */
  timestamps: number[];
  values: number[];
}

/** The same as typed arrays of exactly the right size (no garbage from growing arrays in hot paths). */
export interface PackedSeries {
  timestamps: Float64Array;
  values: Float64Array;
}

const INITIAL_CAPACITY = 64;

export class BucketAccumulator implements PointSink {
  t0: number;
  period: number;
  buckets: number;
  withPoints: boolean;
  private count = 0;
  /** Parallel arrays of the first `count` entries, sorted by bucket index. */
  private bucket: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private n: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private sum: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private min: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private max: Float64Array = new Float64Array(INITIAL_CAPACITY);
  /**
   * Points of every entry in shared flat arrays: sources add slots in time order, so an entry's points are
   * normally contiguous at the end. An entry that receives points out of order moves to its own list.
   */
  private pointStart: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private pointEnd: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private pointCount = 0;
  private pv: Float64Array = new Float64Array(INITIAL_CAPACITY * 16);
  private pw: Float64Array = new Float64Array(INITIAL_CAPACITY * 16);
  private pe: Uint8Array = new Uint8Array(INITIAL_CAPACITY * 16);
  private overflow: Array<PointList | undefined> = [];
  /** Entry the PointSink interface currently writes to (see pointsOf). */
  private sinkEntry = 0;
  /** Entries holding a statistic set whose samples are unknown (no percentiles for them). */
  private opaque: boolean[] = [];

  constructor(t0: number, period: number, buckets: number, withPoints: boolean) {
    this.t0 = t0;
    this.period = period;
    this.buckets = buckets;
    this.withPoints = withPoints;
  }

  /** Empties the accumulator for another grid, keeping its storage (avoids garbage in tight loops). */
  reset(t0: number, period: number, buckets: number, withPoints: boolean): this {
    this.t0 = t0;
    this.period = period;
    this.buckets = buckets;
    this.withPoints = withPoints;
    this.count = 0;
    this.pointCount = 0;
    this.overflow = [];
    this.opaque = [];
    return this;
  }

  /** Bucket index of a timestamp, or -1 outside the grid. */
  bucketAt(t: number): number {
    if (t < this.t0) return -1;
    const b = Math.floor((t - this.t0) / this.period);
    return b < this.buckets ? b : -1;
  }

  get size(): number {
    return this.count;
  }

  /** Entry index of bucket b, created when missing. */
  private entry(b: number): number {
    const last = this.count - 1;
    if (last >= 0 && this.bucket[last] === b) return last;
    if (last < 0 || (this.bucket[last] ?? 0) < b) return this.insertAt(last + 1, b);
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.bucket[mid] ?? 0) < b) lo = mid + 1;
      else hi = mid;
    }
    return this.bucket[lo] === b ? lo : this.insertAt(lo, b);
  }

  private grow(): void {
    const widen = (a: Float64Array): Float64Array => {
      const wider = new Float64Array(a.length * 2);
      wider.set(a);
      return wider;
    };
    this.bucket = widen(this.bucket);
    this.n = widen(this.n);
    this.sum = widen(this.sum);
    this.min = widen(this.min);
    this.max = widen(this.max);
    this.pointStart = widen(this.pointStart);
    this.pointEnd = widen(this.pointEnd);
  }

  private insertAt(i: number, b: number): number {
    if (this.count === this.bucket.length) this.grow();
    if (i < this.count) {
      for (const a of [this.bucket, this.n, this.sum, this.min, this.max, this.pointStart, this.pointEnd]) {
        a.copyWithin(i + 1, i, this.count);
      }
      this.overflow.splice(i, 0, undefined);
      this.opaque.splice(i, 0, false);
    } else if (this.withPoints) {
      this.overflow[i] = undefined;
      this.opaque[i] = false;
    }
    this.pointStart[i] = -1;
    this.pointEnd[i] = -1;
    this.bucket[i] = b;
    this.n[i] = 0;
    this.sum[i] = 0;
    this.min[i] = Infinity;
    this.max[i] = -Infinity;
    this.count++;
    return i;
  }

  add(b: number, n: number, sum: number, min: number, max: number): void {
    const i = this.entry(b);
    this.n[i] = (this.n[i] ?? 0) + n;
    this.sum[i] = (this.sum[i] ?? 0) + sum;
    if (min < (this.min[i] ?? Infinity)) this.min[i] = min;
    if (max > (this.max[i] ?? -Infinity)) this.max[i] = max;
  }

  /** The sink for bucket b's samples (the accumulator itself, pointed at that bucket). */
  pointsOf(b: number): PointSink {
    this.sinkEntry = this.entry(b);
    return this;
  }

  push(value: number, weight: number, exact: boolean): void {
    if (weight <= 0) return;
    const i = this.sinkEntry;
    const own = this.overflow[i];
    if (own) {
      own.push(value, weight, exact);
      return;
    }
    const start = this.pointStart[i] ?? -1;
    const end = this.pointEnd[i] ?? -1;
    if (start >= 0 && end !== this.pointCount) {
      // Another entry's points came in between: give this entry a list of its own.
      const list = new PointList();
      for (let k = start; k < end; k++) list.push(this.pv[k] ?? 0, this.pw[k] ?? 0, this.pe[k] === 1);
      list.push(value, weight, exact);
      this.overflow[i] = list;
      return;
    }
    if (start < 0) this.pointStart[i] = this.pointCount;
    if (this.pointCount === this.pv.length) this.growPoints();
    const k = this.pointCount++;
    this.pv[k] = value;
    this.pw[k] = weight;
    this.pe[k] = exact ? 1 : 0;
    this.pointEnd[i] = this.pointCount;
  }

  private growPoints(): void {
    const size = this.pv.length * 2;
    const pv = new Float64Array(size);
    const pw = new Float64Array(size);
    const pe = new Uint8Array(size);
    pv.set(this.pv);
    pw.set(this.pw);
    pe.set(this.pe);
    this.pv = pv;
    this.pw = pw;
    this.pe = pe;
  }

  markOpaque(b: number): void {
    this.opaque[this.entry(b)] = true;
  }

  timestampOf(entry: number): number {
    return this.t0 + (this.bucket[entry] ?? 0) * this.period;
  }

  basic(entry: number, name: BasicStatistic): number {
    const n = this.n[entry] ?? 0;
    switch (name) {
      case "SampleCount":
        return n;
      case "Sum":
        return this.sum[entry] ?? 0;
      case "Average":
        return (this.sum[entry] ?? 0) / n;
      case "Minimum":
        return this.min[entry] ?? 0;
      case "Maximum":
        return this.max[entry] ?? 0;
    }
  }

  extended(entry: number, spec: StatisticSpec): number | undefined {
    if (spec.kind === "basic") return this.basic(entry, spec.name);
    if (this.opaque[entry]) return undefined;
    const list = this.overflow[entry];
    if (list) return extendedStatisticOf(spec, list.view());
    const start = this.pointStart[entry] ?? -1;
    if (start < 0) return undefined;
    return extendedStatisticOf(spec, {
      values: this.pv,
      weights: this.pw,
      exact: this.pe,
      start,
      end: this.pointEnd[entry] ?? start,
    });
  }

  /** The value of one statistic per bucket; buckets without a value are left out. */
  evaluate(spec: StatisticSpec): BucketSeries {
    const count = this.count;
    const timestamps: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < count; i++) {
      if ((this.n[i] ?? 0) <= 0) continue;
      const v = spec.kind === "basic" ? this.basic(i, spec.name) : this.extended(i, spec);
      if (v === undefined || !Number.isFinite(v)) continue;
      timestamps.push(this.t0 + (this.bucket[i] ?? 0) * this.period);
      values.push(v);
    }
    return { timestamps, values };
  }

  /** Like evaluate, into exactly sized typed arrays. */
  evaluatePacked(spec: StatisticSpec): PackedSeries {
    const count = this.count;
    const values = new Float64Array(count);
    const timestamps = new Float64Array(count);
    let m = 0;
    for (let i = 0; i < count; i++) {
      if ((this.n[i] ?? 0) <= 0) continue;
      const v = spec.kind === "basic" ? this.basic(i, spec.name) : this.extended(i, spec);
      if (v === undefined || !Number.isFinite(v)) continue;
      timestamps[m] = this.t0 + (this.bucket[i] ?? 0) * this.period;
      values[m] = v;
      m++;
    }
    return m === count
      ? { timestamps, values }
      : { timestamps: timestamps.subarray(0, m), values: values.subarray(0, m) };
  }

  /** Entries that hold data, in time order, for callers evaluating several statistics per bucket. */
  populated(): Array<{ timestamp: number; slot: number }> {
    const out: Array<{ timestamp: number; slot: number }> = [];
    for (let i = 0; i < this.count; i++) {
      if ((this.n[i] ?? 0) > 0) out.push({ timestamp: this.timestampOf(i), slot: i });
    }
    return out;
  }
}
