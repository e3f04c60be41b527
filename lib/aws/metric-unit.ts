import { GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import type { Scope } from "./metric-data";
import type { AwsRuntime } from "./runtime";

// GetMetricData answers without units, but each datapoint of GetMetricStatistics carries the unit the metric
// was published with. For custom metrics (whose units no documentation lists) that is the only way to know
// that "3.8k" is 3.8 k milliseconds.

export interface MetricIdentity {
  Namespace: string;
  MetricName: string;
  Dimensions: Array<{ Name: string; Value: string }>;
}

/** The unit a metric was published with, or undefined when it has none ("None") or no recent data. */
export type MetricUnitSource = (scope: Scope, metric: MetricIdentity) => Promise<string | undefined>;

/** [I] How far back to look for a datapoint: custom metrics are often published hourly or daily. */
const LOOKBACK_SECONDS = 3 * 86_400;

export function createMetricUnitSource(
  resolveAccount: (awsAccountId: string) => Promise<AccountTarget | undefined>,
  runtime?: AwsRuntime,
  now: () => number = Date.now,
): MetricUnitSource {
  return async (scope, metric) => {
    const account = await resolveAccount(scope.accountId);
    if (!account) return undefined;
    const { cloudwatch } = clientsFor(account, scope.region, runtime);
    const end = Math.floor(now() / 1000 / 60) * 60;
    const answer = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: metric.Namespace,
        MetricName: metric.MetricName,
        Dimensions: metric.Dimensions,
        StartTime: new Date((end - LOOKBACK_SECONDS) * 1000),
        EndTime: new Date(end * 1000),
        // One bucket for the whole look-back: one datapoint (two at most), whatever the metric's resolution.
        Period: LOOKBACK_SECONDS,
        Statistics: ["SampleCount"],
      }),
    );
    const newest = [...(answer.Datapoints ?? [])].sort(
      (a, b) => (b.Timestamp?.getTime() ?? 0) - (a.Timestamp?.getTime() ?? 0),
    )[0];
    const unit = newest?.Unit;
    return unit && unit !== "None" ? unit : undefined;
  };
}
