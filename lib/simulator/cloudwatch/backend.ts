// The metrics data plane shared by every CloudWatch operation (and by the alarm evaluator): generated demo
// series merged with PutMetricData data, queried per statistic, period and time range.

import type { Dimension, MetricIdentity } from "@/lib/metric-math/types";
import {
  DEFAULT_DEMO_SEED,
  demoCatalog,
  findDemoSeries,
  metricKey,
  scopeKey,
  type DemoCatalog,
  type SeriesSpec,
} from "@/lib/simulator/demo";
import { BucketAccumulator, type BucketSeries } from "./accumulator";
import { DemoSource } from "./demo-source";
import { accumulateStored, PutStore, type StoredMetric } from "./put-store";
import { parseStatistic } from "./statistics";
import { bucketCount, DAY, roundStart } from "./time-grid";

export interface QueryOptions {
  /** Only data stored with this unit. */
  unit?: string;
  /** Defaults to the backend's clock. */
  now?: Date | number;
  /** The noise- and incident-free expectation of demo series (anomaly bands). */
  expected?: boolean;
}

export interface CollectOptions {
  unit?: string;
  withPoints: boolean;
  expected?: boolean;
}

export interface ListedMetric {
  accountId: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  /** Newest data point, epoch seconds. */
  lastTimestamp: number;
}

export interface MetricsBackendOptions {
  clock?: () => Date;
  seed?: number;
  /** Serve the generated demo world (default true). */
  demo?: boolean;
}

/** [D] ListMetrics only lists metrics that received data in the last two weeks. */
export const LIST_METRICS_WINDOW_SECONDS = 14 * DAY;

function seconds(t: Date | number): number {
  return typeof t === "number" ? t : t.getTime() / 1000;
}

export class MetricsBackend {
  readonly store = new PutStore();
  readonly catalog: DemoCatalog | undefined;
  private readonly demo = new DemoSource();
  private readonly clock: () => Date;

  constructor(options: MetricsBackendOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.catalog = options.demo === false ? undefined : demoCatalog(options.seed ?? DEFAULT_DEMO_SEED);
  }

  now(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }

  demoSeries(accountId: string, region: string, metric: MetricIdentity): SeriesSpec | undefined {
    if (!this.catalog) return undefined;
    return findDemoSeries(
      this.catalog,
      accountId,
      region,
      metricKey(metric.namespace, metric.metricName, metric.dimensions),
    );
  }

  storedMetric(accountId: string, region: string, metric: MetricIdentity): StoredMetric | undefined {
    return this.store.get(
      accountId,
      region,
      metricKey(metric.namespace, metric.metricName, metric.dimensions),
    );
  }

  /** Aggregates a metric's data into the grid [t0 + k·period) up to `end` as it exists at `now`. */
  collect(
    accountId: string,
    region: string,
    metric: MetricIdentity,
    period: number,
    t0: number,
    end: number,
    now: number,
    options: CollectOptions,
  ): BucketAccumulator {
    const acc = new BucketAccumulator(t0, period, bucketCount(t0, end, period), options.withPoints);
    return this.collectInto(acc, accountId, region, metric, end, now, options);
  }

  /** Like collect, into a caller-owned accumulator (reset first) so hot loops can reuse one. */
  collectInto(
    acc: BucketAccumulator,
    accountId: string,
    region: string,
    metric: MetricIdentity,
    end: number,
    now: number,
    options: CollectOptions,
  ): BucketAccumulator {
    const key = metricKey(metric.namespace, metric.metricName, metric.dimensions);
    const spec = this.catalog ? findDemoSeries(this.catalog, accountId, region, key) : undefined;
    if (spec && (options.unit === undefined || options.unit === spec.unit)) {
      this.demo.accumulate(spec, acc, end, now, options.expected ?? false);
    }
    const stored = this.store.get(accountId, region, key);
    if (stored && !options.expected) accumulateStored(stored, acc, end, now, options.unit);
    return acc;
  }

  /**
   * One statistic of one metric, bucketed like GetMetricData (start rounded by age, buckets of `period`
   * from there, end exclusive). Throws on an unknown statistic.
   */
  query(
    accountId: string,
    region: string,
    metric: MetricIdentity,
    stat: string,
    period: number,
    start: Date | number,
    end: Date | number,
    options: QueryOptions = {},
  ): BucketSeries {
    const spec = parseStatistic(stat);
    if (!spec) throw new Error(`unknown statistic ${stat}`);
    const now = options.now === undefined ? this.now() : Math.floor(seconds(options.now));
    const t0 = roundStart(seconds(start), period, now);
    const acc = this.collect(accountId, region, metric, period, t0, Math.floor(seconds(end)), now, {
      unit: options.unit,
      withPoints: spec.kind !== "basic",
      expected: options.expected,
    });
    return acc.evaluate(spec);
  }

  /** Every metric of an account and Region with data since `activeSince` (epoch seconds). */
  listMetrics(accountId: string, region: string, now: number, activeSince: number): ListedMetric[] {
    const out = new Map<string, ListedMetric>();
    const scoped = this.catalog?.byScope.get(scopeKey(accountId, region)) ?? [];
    for (const spec of scoped) {
      const last = lastGeneratedTimestamp(spec, now);
      if (last < activeSince) continue;
      out.set(spec.key, {
        accountId,
        namespace: spec.namespace,
        metricName: spec.metricName,
        dimensions: spec.dimensions,
        lastTimestamp: last,
      });
    }
    for (const m of this.store.list(accountId, region)) {
      if (m.lastTimestamp < activeSince) continue;
      const known = out.get(m.key);
      if (known) known.lastTimestamp = Math.max(known.lastTimestamp, m.lastTimestamp);
      else
        out.set(m.key, {
          accountId,
          namespace: m.namespace,
          metricName: m.metricName,
          dimensions: m.dimensions,
          lastTimestamp: m.lastTimestamp,
        });
    }
    return [...out.values()];
  }
}

/** Start of the newest complete native interval of a generated series. */
function lastGeneratedTimestamp(spec: SeriesSpec, now: number): number {
  const native = spec.nativeSeconds;
  return Math.floor((now - native) / native) * native;
}
