// Extended statistics over a bucket's samples. Samples arrive as weighted points: an "exact" point stands for
// `weight` identical samples (raw PutMetricData values, generated small samples); a non-exact point
// summarises a block of a large generated sample (see demo/blocks.ts).
//
// [I] Percentiles interpolate linearly between sample positions using the midpoint rule (Hazen): the i-th of
// n sorted samples sits at rank i - 0.5; p0 is the minimum and p100 the maximum. AWS does not document its
// interpolation rule.

import type { PointSink } from "@/lib/simulator/demo";
import type { Bound, StatisticSpec } from "./statistics";

/** Points [start, end) of parallel arrays; `exact` holds 1 for exact points and 0 for block summaries. */
export interface PointView {
  values: ArrayLike<number>;
  weights: ArrayLike<number>;
  exact: ArrayLike<number>;
  start: number;
  end: number;
}

/** A growable list of points, for callers that collect points outside an accumulator. */
export class PointList implements PointSink {
  readonly values: number[] = [];
  readonly weights: number[] = [];
  readonly exact: number[] = [];

  push(value: number, weight: number, exact: boolean): void {
    if (weight <= 0) return;
    this.values.push(value);
    this.weights.push(weight);
    this.exact.push(exact ? 1 : 0);
  }

  view(): PointView {
    return {
      values: this.values,
      weights: this.weights,
      exact: this.exact,
      start: 0,
      end: this.values.length,
    };
  }
}

// Scratch storage for sorting unsorted views without allocating per bucket.
let scratchValues = new Float64Array(64);
let scratchWeights = new Float64Array(64);
let scratchExact = new Uint8Array(64);
let scratchOrder = new Uint32Array(64);

function sortedView(p: PointView): PointView {
  let sorted = true;
  for (let i = p.start + 1; i < p.end && sorted; i++) sorted = (p.values[i - 1] ?? 0) <= (p.values[i] ?? 0);
  if (sorted) return p;
  const n = p.end - p.start;
  if (scratchValues.length < n) {
    const size = 2 ** Math.ceil(Math.log2(n));
    scratchValues = new Float64Array(size);
    scratchWeights = new Float64Array(size);
    scratchExact = new Uint8Array(size);
    scratchOrder = new Uint32Array(size);
  }
  const order = scratchOrder.subarray(0, n);
  for (let i = 0; i < n; i++) order[i] = p.start + i;
  order.sort((a, b) => (p.values[a] ?? 0) - (p.values[b] ?? 0));
  for (let i = 0; i < n; i++) {
    const j = order[i] ?? 0;
    scratchValues[i] = p.values[j] ?? 0;
    scratchWeights[i] = p.weights[j] ?? 0;
    scratchExact[i] = p.exact[j] ?? 1;
  }
  return { values: scratchValues, weights: scratchWeights, exact: scratchExact, start: 0, end: n };
}

function totalWeight(p: PointView): number {
  let total = 0;
  for (let i = p.start; i < p.end; i++) total += p.weights[i] ?? 0;
  return total;
}

function percentileOf(p: PointView, total: number, percent: number): number {
  const q = (percent / 100) * total;
  let prevPos = -Infinity;
  let prevVal = p.values[p.start] ?? 0;
  let cum = 0;
  for (let i = p.start; i < p.end; i++) {
    const v = p.values[i] ?? 0;
    const w = p.weights[i] ?? 0;
    const flat = p.exact[i] === 1 && w >= 1;
    const first = flat ? cum + 0.5 : cum + w / 2;
    const last = flat ? cum + w - 0.5 : first;
    if (q <= first) {
      if (prevPos === -Infinity) return v;
      return prevVal + ((v - prevVal) * (q - prevPos)) / (first - prevPos);
    }
    if (q <= last) return v;
    prevPos = last;
    prevVal = v;
    cum += w;
  }
  return prevVal;
}

/** Value of the sample occupying rank position `rank` (0 … total). */
function valueAtRank(p: PointView, rank: number, preferUpper: boolean): number {
  let cum = 0;
  for (let i = p.start; i < p.end; i++) {
    const w = p.weights[i] ?? 0;
    if (preferUpper ? rank < cum + w : rank <= cum + w) return p.values[i] ?? 0;
    cum += w;
  }
  return p.values[p.end - 1] ?? 0;
}

function finishTrimmed(
  fn: string,
  kept: number,
  keptSum: number,
  total: number,
  winsorized: () => number,
): number | undefined {
  switch (fn) {
    case "TC":
      return Math.round(kept);
    case "TS":
      return keptSum;
    case "WM":
      return total > 0 ? winsorized() : undefined;
    default:
      return kept > 0 ? keptSum / kept : undefined;
  }
}

function trimmedByRank(
  p: PointView,
  total: number,
  fn: string,
  lower?: Bound,
  upper?: Bound,
): number | undefined {
  const loRank = lower ? (lower.value / 100) * total : 0;
  const hiRank = upper ? (upper.value / 100) * total : total;
  let kept = 0;
  let keptSum = 0;
  let cum = 0;
  for (let i = p.start; i < p.end; i++) {
    const w = p.weights[i] ?? 0;
    const overlap = Math.min(cum + w, hiRank) - Math.max(cum, loRank);
    if (overlap > 0) {
      kept += overlap;
      keptSum += overlap * (p.values[i] ?? 0);
    }
    cum += w;
  }
  return finishTrimmed(fn, kept, keptSum, total, () => {
    const low = loRank > 0 ? valueAtRank(p, loRank, true) * loRank : 0;
    const high = hiRank < total ? valueAtRank(p, hiRank, false) * (total - hiRank) : 0;
    return (keptSum + low + high) / total;
  });
}

function trimmedByValue(
  p: PointView,
  total: number,
  fn: string,
  lower?: number,
  upper?: number,
): number | undefined {
  let kept = 0;
  let keptSum = 0;
  let winsorSum = 0;
  for (let i = p.start; i < p.end; i++) {
    const v = p.values[i] ?? 0;
    const w = p.weights[i] ?? 0;
    if ((lower === undefined || v > lower) && (upper === undefined || v <= upper)) {
      kept += w;
      keptSum += w * v;
      winsorSum += w * v;
    } else {
      winsorSum += w * (lower !== undefined && v <= lower ? lower : (upper ?? v));
    }
  }
  return finishTrimmed(fn, kept, keptSum, total, () => winsorSum / total);
}

/** An extended statistic of the points, or undefined when it has no value for them. */
export function extendedStatisticOf(spec: StatisticSpec, points: PointView): number | undefined {
  if (points.end <= points.start) return undefined;
  const p = sortedView(points);
  const total = totalWeight(p);
  if (total <= 0) return undefined;
  switch (spec.kind) {
    case "percentile":
      return percentileOf(p, total, spec.p);
    case "trimmed": {
      const percent = (spec.lower ?? spec.upper)?.percent ?? true;
      return percent
        ? trimmedByRank(p, total, spec.fn, spec.lower, spec.upper)
        : trimmedByValue(p, total, spec.fn, spec.lower?.value, spec.upper?.value);
    }
    case "rank": {
      let inside = 0;
      for (let i = p.start; i < p.end; i++) {
        const v = p.values[i] ?? 0;
        if ((spec.lower === undefined || v > spec.lower) && (spec.upper === undefined || v <= spec.upper)) {
          inside += p.weights[i] ?? 0;
        }
      }
      return (100 * inside) / total;
    }
    default:
      return undefined;
  }
}

export function extendedStatistic(spec: StatisticSpec, points: PointList): number | undefined {
  return extendedStatisticOf(spec, points.view());
}
