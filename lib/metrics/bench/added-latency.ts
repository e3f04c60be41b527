// The server's added latency: for each of N fresh ranges, the time of a cold refresh through Watchwall minus
// the time of the same GetMetricData calls sent straight to the simulator. The simulator keeps generated data
// in its own cache, so each range is first sent to it once unmeasured; then both measured runs find it
// equally warm, and the order of the two alternates so neither always runs first.

/** Nearest-rank percentile (p in 0..100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}

export interface LatencySample {
  serverMs: number;
  simulatorMs: number;
  addedMs: number;
}

export interface LatencyRun<R> {
  iterations: number;
  nextRange: () => R;
  /** Cold refresh through Watchwall; resolves to its duration in ms. */
  server: (range: R) => Promise<number>;
  /** The same calls sent straight to the simulator; resolves to their duration in ms. */
  direct: (range: R) => Promise<number>;
}

export async function measureAddedLatency<R>(run: LatencyRun<R>): Promise<LatencySample[]> {
  const samples: LatencySample[] = [];
  for (let i = 0; i < run.iterations; i++) {
    const range = run.nextRange();
    await run.direct(range);
    let serverMs: number;
    let simulatorMs: number;
    if (i % 2 === 0) {
      simulatorMs = await run.direct(range);
      serverMs = await run.server(range);
    } else {
      serverMs = await run.server(range);
      simulatorMs = await run.direct(range);
    }
    samples.push({ serverMs, simulatorMs, addedMs: serverMs - simulatorMs });
  }
  return samples;
}
