// Standard normal quantiles, used to place pseudo-samples of a distribution deterministically.

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function at(values: readonly number[], i: number): number {
  return values[i] ?? 0;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((at(C, 0) * q + at(C, 1)) * q + at(C, 2)) * q + at(C, 3)) * q + at(C, 4)) * q + at(C, 5)) /
      ((((at(D, 0) * q + at(D, 1)) * q + at(D, 2)) * q + at(D, 3)) * q + 1)
    );
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(
      (((((at(C, 0) * q + at(C, 1)) * q + at(C, 2)) * q + at(C, 3)) * q + at(C, 4)) * q + at(C, 5)) /
      ((((at(D, 0) * q + at(D, 1)) * q + at(D, 2)) * q + at(D, 3)) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((at(A, 0) * r + at(A, 1)) * r + at(A, 2)) * r + at(A, 3)) * r + at(A, 4)) * r + at(A, 5)) * q) /
    (((((at(B, 0) * r + at(B, 1)) * r + at(B, 2)) * r + at(B, 3)) * r + at(B, 4)) * r + 1)
  );
}

const EXTREME_CACHE_SIZE = 4096;
const extremeCache = new Float64Array(EXTREME_CACHE_SIZE).fill(NaN);

/** z of the smallest of n evenly spread samples, Φ⁻¹(0.5 / n); the largest is its negation. */
export function lowestSampleZ(n: number): number {
  if (n < EXTREME_CACHE_SIZE) {
    const cached = extremeCache[n];
    if (cached !== undefined && !Number.isNaN(cached)) return cached;
    const z = normalQuantile(0.5 / n);
    extremeCache[n] = z;
    return z;
  }
  return normalQuantile(0.5 / n);
}

/** Quantile levels (i + 0.5) / SAMPLE_LEVELS used for individually generated samples. */
export const SAMPLE_LEVELS = 4096;

/** exp(sigma · Φ⁻¹((i + 0.5) / SAMPLE_LEVELS)): multiplying a median gives a log-normal sample for a hash. */
export function lognormalSampleFactors(sigma: number): Float64Array {
  let table = sampleFactorTables.get(sigma);
  if (!table) {
    table = new Float64Array(SAMPLE_LEVELS);
    for (let i = 0; i < SAMPLE_LEVELS; i++)
      table[i] = Math.exp(sigma * normalQuantile((i + 0.5) / SAMPLE_LEVELS));
    sampleFactorTables.set(sigma, table);
  }
  return table;
}

const sampleFactorTables = new Map<number, Float64Array>();
