// Largest-Triangle-Three-Buckets: keeps the visual shape (peaks included) of a series reduced to about one
// point per pixel, so a wall of 20 widgets × 10 series × 1,440 points stays smooth to draw.

export function downsample(
  timestamps: readonly number[],
  values: readonly number[],
  threshold: number,
): { timestamps: number[]; values: number[] } {
  const n = timestamps.length;
  if (threshold >= n || threshold < 3) return { timestamps: [...timestamps], values: [...values] };
  const outT: number[] = [timestamps[0] ?? 0];
  const outV: number[] = [values[0] ?? 0];
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const rangeStart = Math.floor((i + 1) * every) + 1;
    const rangeEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgT = 0;
    let avgV = 0;
    for (let j = rangeStart; j < rangeEnd; j++) {
      avgT += timestamps[j] ?? 0;
      avgV += values[j] ?? 0;
    }
    const span = Math.max(1, rangeEnd - rangeStart);
    avgT /= span;
    avgV /= span;
    const bucketStart = Math.floor(i * every) + 1;
    const bucketEnd = Math.floor((i + 1) * every) + 1;
    const aT = timestamps[a] ?? 0;
    const aV = values[a] ?? 0;
    let maxArea = -1;
    let chosen = bucketStart;
    for (let j = bucketStart; j < bucketEnd; j++) {
      const area = Math.abs(
        (aT - avgT) * ((values[j] ?? 0) - aV) - (aT - (timestamps[j] ?? 0)) * (avgV - aV),
      );
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    outT.push(timestamps[chosen] ?? 0);
    outV.push(values[chosen] ?? 0);
    a = chosen;
  }
  outT.push(timestamps[n - 1] ?? 0);
  outV.push(values[n - 1] ?? 0);
  return { timestamps: outT, values: outV };
}
