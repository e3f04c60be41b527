// Block summaries of large samples. A slot with n > EXPLICIT_SAMPLE_LIMIT samples is represented by its
// minimum and maximum (one sample each) plus the other n − 2 samples grouped in blocks of the distribution,
// each block standing at the quantile level of its middle. Interior levels are squeezed into
// [1/n, 1 − 1/n], so every block lies between the minimum (level 0.5/n) and the maximum.

import { lowestSampleZ, normalQuantile } from "./normal";

/** Block boundaries as shares of the interior samples; symmetric, dense in the tails for p90 … p99.9. */
const BLOCK_BOUNDS: readonly number[] = [
  0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1,
];
export const BLOCK_COUNT = BLOCK_BOUNDS.length - 1;
export const BLOCK_WIDTHS: Float64Array = Float64Array.from(
  BLOCK_BOUNDS.slice(1),
  (b, i) => b - (BLOCK_BOUNDS[i] ?? 0),
);
const BLOCK_MIDS: Float64Array = Float64Array.from(
  BLOCK_BOUNDS.slice(1),
  (b, i) => (b + (BLOCK_BOUNDS[i] ?? 0)) / 2,
);

const CACHE_LIMIT = 4096;
const zTables: Array<Float64Array | undefined> = [];

function computeBlockZ(n: number, k: number): number {
  const inner = n > 2 ? 1 / n : 0.5;
  return normalQuantile(inner + (BLOCK_MIDS[k] ?? 0.5) * (1 - 2 * inner));
}

/** z of block k for a slot of n samples (memoised for whole n below CACHE_LIMIT). */
export function blockZ(n: number, k: number): number {
  if (!Number.isInteger(n) || n >= CACHE_LIMIT) return computeBlockZ(n, k);
  let table = zTables[n];
  if (!table) {
    table = Float64Array.from({ length: BLOCK_COUNT }, (_, j) => computeBlockZ(n, j));
    zTables[n] = table;
  }
  return table[k] ?? 0;
}
const meanTables = new Map<number, Float64Array>();

/** Mean of exp(sigma·z) over the interior blocks of an n-sample slot (log-normal sums without a loop). */
export function lognormalInteriorMean(sigma: number, n: number): number {
  const whole = Number.isInteger(n) && n < CACHE_LIMIT;
  let table = meanTables.get(sigma);
  if (whole) {
    if (!table) {
      table = new Float64Array(CACHE_LIMIT).fill(NaN);
      meanTables.set(sigma, table);
    }
    const cached = table[n];
    if (cached !== undefined && !Number.isNaN(cached)) return cached;
  }
  let s = 0;
  for (let k = 0; k < BLOCK_COUNT; k++) s += (BLOCK_WIDTHS[k] ?? 0) * Math.exp(sigma * blockZ(n, k));
  if (whole && table) table[n] = s;
  return s;
}

/** z of the smallest of n samples (the largest is its negation). */
export function extremeZ(n: number): number {
  return Number.isInteger(n) ? lowestSampleZ(n) : normalQuantile(0.5 / Math.max(n, 1));
}
