// Reductions shared by the aggregate functions, SORT, the anomaly band and dynamic labels.
import { bucketCount } from "../evaluator/grid";
import type { MathSemantics } from "../semantics";
import type { EvaluationGrid, TimeSeries } from "../types";

export type Reduction = "AVG" | "SUM" | "MIN" | "MAX" | "STDDEV" | "DATAPOINT_COUNT";

export function standardDeviation(
  sumSquares: number,
  count: number,
  kind: MathSemantics["stddevKind"],
): number {
  const divisor = kind === "sample" ? count - 1 : count;
  return divisor > 0 ? Math.sqrt(sumSquares / divisor) : NaN;
}

/**
 * Reduces one series to a number. With "missing-as-zero" semantics the grid's missing buckets count as
 * zeros (section 12.1); otherwise only reported points count. Empty input gives NaN (0 for SUM/COUNT).
 */
export function reduceSeries(
  reduction: Reduction,
  series: TimeSeries,
  grid: EvaluationGrid,
  semantics: MathSemantics,
): number {
  const values = series.values;
  const reported = values.length;
  if (reduction === "DATAPOINT_COUNT") return reported;
  const zeros =
    semantics.singleSeriesAggregation === "missing-as-zero"
      ? Math.max(0, bucketCount(grid, series.period) - reported)
      : 0;
  const count = reported + zeros;
  let sum = 0;
  let min = zeros > 0 ? 0 : Infinity;
  let max = zeros > 0 ? 0 : -Infinity;
  for (let i = 0; i < reported; i++) {
    const v = values[i] ?? 0;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  switch (reduction) {
    case "SUM":
      return sum;
    case "AVG":
      return count > 0 ? sum / count : NaN;
    case "MIN":
      return count > 0 ? min : NaN;
    case "MAX":
      return count > 0 ? max : NaN;
    case "STDDEV": {
      if (count === 0) return NaN;
      const mean = sum / count;
      let squares = zeros * mean * mean;
      for (let i = 0; i < reported; i++) {
        const d = (values[i] ?? 0) - mean;
        squares += d * d;
      }
      return standardDeviation(squares, count, semantics.stddevKind);
    }
  }
}
