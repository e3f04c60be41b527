// The simulated CloudWatch metrics service: PutMetricData, ListMetrics, GetMetricData, GetMetricStatistics
// over the deterministic demo world plus whatever clients put. The MetricsBackend stays reachable so that
// other parts of the simulator (the alarm evaluator) can read the same data.

import type { ServiceDefinition } from "@/lib/simulator/core/types";
import { MetricsBackend } from "./backend";
import { getMetricData } from "./get-metric-data";
import { getMetricStatistics } from "./get-metric-statistics";
import { listMetrics } from "./list-metrics";
import { putMetricData } from "./put-metric-data";

export { MetricsBackend, type ListedMetric, type MetricsBackendOptions, type QueryOptions } from "./backend";
export type { BucketSeries } from "./accumulator";
export { parseStatistic, type StatisticSpec } from "./statistics";
export { roundStart, RETENTION } from "./time-grid";

export interface CloudWatchServiceDeps {
  clock?: () => Date;
  seed?: number;
  /** Share a backend between services (e.g. with the alarms simulator); created when absent. */
  backend?: MetricsBackend;
}

export type CloudWatchService = ServiceDefinition & { backend: MetricsBackend };

export function cloudWatchService(deps: CloudWatchServiceDeps = {}): CloudWatchService {
  const backend =
    deps.backend ??
    new MetricsBackend({
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.seed !== undefined ? { seed: deps.seed } : {}),
    });
  return {
    name: "cloudwatch",
    backend,
    operations: {
      PutMetricData: (input, ctx) => putMetricData(backend, input, ctx),
      ListMetrics: (input, ctx) => listMetrics(backend, input, ctx),
      GetMetricData: (input, ctx) => getMetricData(backend, input, ctx),
      GetMetricStatistics: (input, ctx) => getMetricStatistics(backend, input, ctx),
    },
  };
}
