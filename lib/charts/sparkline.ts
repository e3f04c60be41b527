import { GAP_FACTOR } from "./rows";

// The small line under a number widget's value, as one SVG path. Gaps stay gaps (a new "M"), and a point
// with no neighbours is drawn as a zero-length segment that a round line cap turns into a dot.

export interface SparklineBox {
  width: number;
  height: number;
  /** Time span of the x axis in epoch ms; absent: the data's own first and last point. */
  start?: number;
  end?: number;
  /** Seconds between points, for gap detection. */
  period: number;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function sparklinePath(
  timestamps: readonly number[],
  values: readonly number[],
  box: SparklineBox,
): string {
  const count = Math.min(timestamps.length, values.length);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let firstT = Number.NaN;
  let lastT = Number.NaN;
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (Number.isNaN(firstT)) firstT = timestamps[i] ?? 0;
    lastT = timestamps[i] ?? 0;
  }
  if (Number.isNaN(firstT)) return "";
  const start = box.start ?? firstT * 1000;
  const end = box.end ?? lastT * 1000;
  const spanX = end - start;
  const spanY = max - min;
  const x = (t: number) => round(spanX > 0 ? ((t * 1000 - start) / spanX) * box.width : box.width / 2);
  const y = (v: number) => round(spanY > 0 ? box.height - ((v - min) / spanY) * box.height : box.height / 2);
  const maxStep = box.period * GAP_FACTOR;
  const parts: string[] = [];
  let previous = Number.NaN;
  let segmentLength = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    const t = timestamps[i] ?? 0;
    const joined = Number.isFinite(previous) && t - previous <= maxStep;
    if (!joined) {
      if (segmentLength === 1) parts.push("l0 0");
      parts.push(`M${x(t)} ${y(v)}`);
      segmentLength = 1;
    } else {
      parts.push(`L${x(t)} ${y(v)}`);
      segmentLength++;
    }
    previous = t;
  }
  if (segmentLength === 1) parts.push("l0 0");
  return parts.join(" ");
}
