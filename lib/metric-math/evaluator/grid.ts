import type { EvaluationGrid } from "../types";

/** Bucket start times of the request grid at `period`: start, start + period, ... (< end). */
export function denseTimestamps(grid: EvaluationGrid, period: number): number[] {
  const out: number[] = [];
  if (!(period > 0)) return out;
  for (let t = grid.start; t < grid.end; t += period) out.push(t);
  return out;
}

/** Number of buckets the grid has at `period`. */
export function bucketCount(grid: EvaluationGrid, period: number): number {
  if (!(period > 0) || grid.end <= grid.start) return 0;
  return Math.ceil((grid.end - grid.start) / period);
}
