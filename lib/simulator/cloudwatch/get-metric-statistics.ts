// GetMetricStatistics: several statistics of one metric per bucket, at most 1,440 buckets.

import { z } from "zod";
import { WireMap, type RequestContext } from "@/lib/simulator/core/types";
import type { MetricsBackend } from "./backend";
import { describeIssue, zInt, zList, zString, zTime } from "./coerce";
import { invalidParameterCombination, invalidParameterValue, validationError } from "./errors";
import { STANDARD_UNITS } from "./put-metric-data";
import { BASIC_STATISTICS, parseStatistic, type StatisticSpec } from "./statistics";
import { bucketCount, isValidPeriod, roundStart } from "./time-grid";

/** [D] Most datapoints one GetMetricStatistics call may ask for. */
export const GET_METRIC_STATISTICS_MAX_DATAPOINTS = 1440;

const inputSchema = z.object({
  Namespace: zString.min(1).max(255),
  MetricName: zString.min(1).max(255),
  Dimensions: zList(z.object({ Name: zString.min(1).max(255), Value: zString.min(1).max(1024) }))
    .refine((d) => d.length <= 30, "Member must have length less than or equal to 30")
    .optional(),
  StartTime: zTime,
  EndTime: zTime,
  Period: zInt.refine((p) => p >= 1, "Member must have value greater than or equal to 1"),
  Statistics: zList(z.enum(BASIC_STATISTICS))
    .refine((s) => s.length <= 5, "Member must have length less than or equal to 5")
    .optional(),
  ExtendedStatistics: zList(zString)
    .refine((s) => s.length <= 10, "Member must have length less than or equal to 10")
    .optional(),
  Unit: z.enum(STANDARD_UNITS).optional(),
});

export function getMetricStatistics(
  backend: MetricsBackend,
  input: Record<string, unknown>,
  ctx: RequestContext,
): Record<string, unknown> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw validationError(describeIssue(parsed.error, input));
  const q = parsed.data;
  const start = Math.floor(q.StartTime);
  const end = Math.floor(q.EndTime);
  if (start >= end)
    throw invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
  if (!isValidPeriod(q.Period)) {
    throw invalidParameterValue(
      "The parameter Period must be a value in the set [ 1, 5, 10, 20, 30 ] or a multiple of 60.",
    );
  }
  const statistics = q.Statistics ?? [];
  const extended = q.ExtendedStatistics ?? [];
  if (statistics.length === 0 && extended.length === 0) {
    throw invalidParameterCombination("Must specify either Statistics or ExtendedStatistics.");
  }
  const extendedSpecs: Array<{ name: string; spec: StatisticSpec }> = [];
  for (const name of extended) {
    const spec = parseStatistic(name);
    if (!spec || spec.kind === "basic")
      throw invalidParameterValue(`The value ${name} for parameter ExtendedStatistics is not supported.`);
    extendedSpecs.push({ name, spec });
  }
  const now = Math.floor(ctx.now.getTime() / 1000);
  const t0 = roundStart(start, q.Period, now);
  const requested = bucketCount(t0, end, q.Period);
  if (requested > GET_METRIC_STATISTICS_MAX_DATAPOINTS) {
    throw invalidParameterCombination(
      `You have requested up to ${requested} datapoints, which exceeds the limit of ${GET_METRIC_STATISTICS_MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
    );
  }
  const metric = {
    namespace: q.Namespace,
    metricName: q.MetricName,
    dimensions: (q.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value })),
  };
  ctx.record?.("metricQueries", 1);
  const acc = backend.collect(ctx.accountId, ctx.region, metric, q.Period, t0, end, now, {
    unit: q.Unit,
    withPoints: extendedSpecs.length > 0,
  });
  // [I] Each datapoint reports the requested unit, else the unit the metric was generated or last stored with.
  const unit =
    q.Unit ??
    backend.demoSeries(ctx.accountId, ctx.region, metric)?.unit ??
    lastStoredUnit(backend, ctx, metric);
  const datapoints = acc.populated().map(({ timestamp, slot }) => {
    const point: Record<string, unknown> = { Timestamp: new Date(timestamp * 1000) };
    for (const name of statistics) point[name] = acc.basic(slot, name);
    if (extendedSpecs.length > 0) {
      const values: Record<string, number> = {};
      for (const { name, spec } of extendedSpecs) {
        const v = acc.extended(slot, spec);
        if (v !== undefined && Number.isFinite(v)) values[name] = v;
      }
      point.ExtendedStatistics = new WireMap(values);
    }
    point.Unit = unit;
    return point;
  });
  return { Label: q.MetricName, Datapoints: datapoints };
}

function lastStoredUnit(
  backend: MetricsBackend,
  ctx: RequestContext,
  metric: { namespace: string; metricName: string; dimensions: Array<{ name: string; value: string }> },
): string {
  const stored = backend.storedMetric(ctx.accountId, ctx.region, metric);
  return stored?.entries[stored.entries.length - 1]?.unit ?? "None";
}
