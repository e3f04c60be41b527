// An accumulator that also keeps every sample in one flat list, tagged with its bucket. Sources feed buckets
// in time order, so the samples of consecutive buckets are contiguous and a percentile over several buckets
// (a 15-minute window made of one-minute buckets) is computed straight from the list, without querying the
// backend once per window alignment.

import type { PointSink } from "@/lib/simulator/demo";
import { BucketAccumulator } from "@/lib/simulator/cloudwatch/accumulator";

export class PointCapture extends BucketAccumulator {
  values = new Float64Array(1024);
  weights = new Float64Array(1024);
  exact = new Uint8Array(1024);
  /** Per bucket: first and one-past-last point index (−1 when the bucket has no points). */
  bucketStart = new Int32Array(64);
  bucketEnd = new Int32Array(64);
  /** Buckets holding statistic sets with unknown samples (no extended statistics for them). */
  readonly opaqueBuckets = new Set<number>();
  points = 0;
  /** False once a source fed an earlier bucket after a later one (points no longer contiguous per bucket). */
  ordered = true;
  private current = 0;
  private lastBucket = -1;

  constructor() {
    super(0, 60, 0, true);
  }

  override reset(t0: number, period: number, buckets: number, withPoints: boolean): this {
    super.reset(t0, period, buckets, withPoints);
    this.points = 0;
    this.ordered = true;
    this.lastBucket = -1;
    this.opaqueBuckets.clear();
    if (this.bucketStart.length < buckets) {
      this.bucketStart = new Int32Array(buckets * 2);
      this.bucketEnd = new Int32Array(buckets * 2);
    }
    this.bucketStart.fill(-1, 0, buckets);
    this.bucketEnd.fill(-1, 0, buckets);
    return this;
  }

  override pointsOf(b: number): PointSink {
    this.current = b;
    return this;
  }

  override markOpaque(b: number): void {
    this.opaqueBuckets.add(b);
  }

  override push(value: number, weight: number, exact: boolean): void {
    if (weight <= 0) return;
    const b = this.current;
    if (b !== this.lastBucket) {
      if (b < this.lastBucket || (this.bucketStart[b] ?? -1) >= 0) this.ordered = false;
      this.lastBucket = b;
      this.bucketStart[b] = this.points;
    }
    if (this.points === this.values.length) this.growCapture();
    const k = this.points++;
    this.values[k] = value;
    this.weights[k] = weight;
    this.exact[k] = exact ? 1 : 0;
    this.bucketEnd[b] = this.points;
  }

  private growCapture(): void {
    const size = this.values.length * 2;
    const values = new Float64Array(size);
    const weights = new Float64Array(size);
    const exact = new Uint8Array(size);
    values.set(this.values);
    weights.set(this.weights);
    exact.set(this.exact);
    this.values = values;
    this.weights = weights;
    this.exact = exact;
  }

  /** Point range [start, end) of buckets [first, first + width), or undefined when none or not contiguous. */
  range(first: number, width: number): { start: number; end: number } | undefined {
    let start = -1;
    let end = -1;
    for (let b = first; b < first + width; b++) {
      if (this.opaqueBuckets.has(b)) return undefined;
      const s = this.bucketStart[b] ?? -1;
      if (s < 0) continue;
      if (start < 0) start = s;
      else if (s !== end) return undefined;
      end = this.bucketEnd[b] ?? s;
    }
    return start < 0 ? undefined : { start, end };
  }
}
