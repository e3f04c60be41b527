// Turns a series recipe into data. A "slot" is the data CloudWatch holds for one interval of a given
// resolution: its aggregate (sample count, sum, min, max) and, for extended statistics, the samples
// themselves or a block summary of them. Everything is a pure function of (spec, slot start, resolution).

import { BLOCK_COUNT, BLOCK_WIDTHS, blockZ, extremeZ, lognormalInteriorMean } from "./blocks";
import * as hashing from "./hash";
import * as levels from "./levels";
import { lognormalSampleFactors, SAMPLE_LEVELS } from "./normal";
import type { SeriesSpec } from "./series-spec";

// Bound once, like in levels.ts: CommonJS transpilation turns imported calls into getter calls.
const { gaussian, hash2 } = hashing;
const { clamp, derivedFraction, derivedSample, eventCount, eventMedian, gaugeLevel, gaugeSample, seedFor } =
  levels;

/** Up to this many samples per slot are generated one by one; larger slots use the block summary. */
export const EXPLICIT_SAMPLE_LIMIT = 16;
const S_NOISE = 0x7a11;
const S_VALUE = 0x7a1e;

export interface PointSink {
  /** `exact`: the point stands for `weight` identical samples; otherwise it summarises a spread-out block. */
  push(value: number, weight: number, exact: boolean): void;
}

// Aggregates are written to `out` as [sampleCount, sum, min, max]; the functions return false for "no data".

function putSingle(out: Float64Array, v: number): boolean {
  out[0] = 1;
  out[1] = v;
  out[2] = v;
  out[3] = v;
  return true;
}

function eventsAggregate(
  spec: SeriesSpec,
  t: number,
  resolution: number,
  out: Float64Array,
  expected: boolean,
  sink?: PointSink,
): boolean {
  const n = eventCount(spec, t, resolution, expected);
  if (n <= 0) return false;
  const median = eventMedian(spec, t + resolution / 2, expected);
  if (n <= EXPLICIT_SAMPLE_LIMIT && !expected) {
    const factors = lognormalSampleFactors(spec.sigma);
    const seed = seedFor(spec, S_VALUE, resolution);
    const base = Math.floor(t / resolution) * EXPLICIT_SAMPLE_LIMIT;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = median * (factors[hash2(seed, base + i) % SAMPLE_LEVELS] ?? 1);
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
      sink?.push(v, 1, true);
    }
    out[0] = n;
    out[1] = sum;
    out[2] = min;
    out[3] = max;
    return true;
  }
  const spread = Math.exp(spec.sigma * extremeZ(n));
  const lo = median * spread;
  const hi = median / spread;
  out[0] = n;
  out[1] = lo + hi + (n - 2) * median * lognormalInteriorMean(spec.sigma, n);
  out[2] = lo;
  out[3] = hi;
  if (sink) {
    // Ascending order lets the statistics skip sorting a single slot's points.
    sink.push(lo, 1, true);
    for (let k = 0; k < BLOCK_COUNT; k++) {
      sink.push(median * Math.exp(spec.sigma * blockZ(n, k)), (n - 2) * (BLOCK_WIDTHS[k] ?? 0), false);
    }
    sink.push(hi, 1, true);
  }
  return true;
}

/** k ≫ 1 samples summarised as a normal spread around `mean`; `total`, when given, fixes the sum. */
function spreadAggregate(
  spec: SeriesSpec,
  k: number,
  mean: number,
  sd: number,
  out: Float64Array,
  sink: PointSink | undefined,
  total?: number,
): boolean {
  const zl = extremeZ(k);
  const lo = clamp(spec, mean + sd * zl, true);
  const hi = clamp(spec, mean - sd * zl, true);
  let inner = 0;
  sink?.push(lo, 1, true);
  for (let j = 0; j < BLOCK_COUNT; j++) {
    const v = clamp(spec, mean + sd * blockZ(k, j), false);
    const w = (k - 2) * (BLOCK_WIDTHS[j] ?? 0);
    inner += v * w;
    sink?.push(v, w, false);
  }
  sink?.push(hi, 1, true);
  out[0] = k;
  out[1] = total ?? lo + hi + inner;
  out[2] = lo;
  out[3] = hi;
  return true;
}

function nativeAggregate(
  spec: SeriesSpec,
  t: number,
  out: Float64Array,
  expected: boolean,
  sink?: PointSink,
): boolean {
  if (spec.family === "events") return eventsAggregate(spec, t, spec.nativeSeconds, out, expected, sink);
  const v = spec.family === "gauge" ? gaugeSample(spec, t, expected) : derivedSample(spec, t, expected);
  sink?.push(v, 1, true);
  return putSingle(out, v);
}

function coarseAggregate(
  spec: SeriesSpec,
  t: number,
  resolution: number,
  out: Float64Array,
  expected: boolean,
  sink?: PointSink,
): boolean {
  const k = Math.round(resolution / spec.nativeSeconds);
  const mid = t + resolution / 2;
  const idx = Math.floor(t / resolution);
  if (spec.family === "events") return eventsAggregate(spec, t, resolution, out, expected, sink);
  if (spec.family === "gauge") {
    let mean = gaugeLevel(spec, mid, expected);
    const sd = spec.noiseRel * Math.abs(mean) + spec.noiseAbs;
    if (!expected && sd > 0) mean += (sd / Math.sqrt(k)) * gaussian(seedFor(spec, S_NOISE, resolution), idx);
    return spreadAggregate(spec, k, mean, sd, out, sink);
  }
  const parent = spec.parent;
  if (!parent) return false;
  const total = eventCount(parent, t, resolution, expected) * derivedFraction(spec, mid, expected);
  const rounded = expected ? total : Math.round(total);
  const mean = rounded / k;
  return spreadAggregate(spec, k, mean, Math.sqrt(Math.max(mean, 0.25)), out, sink, rounded);
}

const scratch = new Float64Array(4);

/**
 * The aggregate of the slot [t, t + resolution), resolution being a multiple of the series' native interval.
 * Returns false when the slot holds no samples.
 */
export function aggregateSlot(
  spec: SeriesSpec,
  t: number,
  resolution: number,
  out: Float64Array,
  expected = false,
  sink?: PointSink,
): boolean {
  const native = spec.nativeSeconds;
  if (resolution <= native) return nativeAggregate(spec, t, out, expected, sink);
  const k = Math.round(resolution / native);
  if (k > EXPLICIT_SAMPLE_LIMIT) return coarseAggregate(spec, t, resolution, out, expected, sink);
  let any = false;
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < k; i++) {
    if (!nativeAggregate(spec, t + i * native, scratch, expected, sink)) continue;
    any = true;
    n += scratch[0] ?? 0;
    sum += scratch[1] ?? 0;
    const lo = scratch[2] ?? 0;
    const hi = scratch[3] ?? 0;
    if (lo < min) min = lo;
    if (hi > max) max = hi;
  }
  if (!any) return false;
  out[0] = n;
  out[1] = sum;
  out[2] = min;
  out[3] = max;
  return true;
}
