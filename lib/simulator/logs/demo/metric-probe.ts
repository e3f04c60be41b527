// Reads the demo metrics world one minute at a time, so generated logs agree with the metrics: the number of
// ALB access-log lines in a minute is that minute's RequestCount, Lambda REPORT lines are its Invocations, the
// ERROR lines are its Errors, and durations follow the Duration series (incidents included).

import { aggregateSlot, demoCatalog, findDemoSeries, metricKey, type SeriesSpec } from "@/lib/simulator/demo";

export class MetricProbe {
  private readonly out = new Float64Array(4);
  private readonly samples: number[] = [];
  private readonly sink = {
    push: (value: number, weight: number, exact: boolean) => {
      if (exact && weight === 1) this.samples.push(value);
    },
  };

  constructor(readonly spec: SeriesSpec | undefined) {}

  /** Sum of the minute starting at `t` (epoch seconds): a count for count series, the value for gauges. */
  sum(t: number): number {
    if (!this.spec || !aggregateSlot(this.spec, t, 60, this.out)) return 0;
    return this.out[1] ?? 0;
  }

  /** Integer count (derived count series and integer gauges). */
  count(t: number): number {
    const v = Math.round(this.sum(t));
    return v > 0 ? v : 0;
  }

  /**
   * The samples of an `events` series in the minute: `[n, sum, min, max]` in the returned aggregate and, when
   * the generator produced them one by one (small n), the exact sample values in `samples`.
   */
  events(t: number): { n: number; sum: number; min: number; max: number; samples: readonly number[] } {
    this.samples.length = 0;
    if (!this.spec || !aggregateSlot(this.spec, t, 60, this.out, false, this.sink)) {
      return { n: 0, sum: 0, min: 0, max: 0, samples: this.samples };
    }
    const n = this.out[0] ?? 0;
    if (this.samples.length !== n) this.samples.length = 0;
    return { n, sum: this.out[1] ?? 0, min: this.out[2] ?? 0, max: this.out[3] ?? 0, samples: this.samples };
  }

  /** Log-normal sigma of an `events` series (spread of individual durations / latencies). */
  get sigma(): number {
    return this.spec?.sigma ?? 0.5;
  }
}

export function probe(
  seed: number,
  accountId: string,
  region: string,
  namespace: string,
  metricName: string,
  dims: Record<string, string>,
): MetricProbe {
  const dimensions = Object.entries(dims).map(([name, value]) => ({ name, value }));
  const spec = findDemoSeries(
    demoCatalog(seed),
    accountId,
    region,
    metricKey(namespace, metricName, dimensions),
  );
  return new MetricProbe(spec);
}
