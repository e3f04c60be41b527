// PutMetricData: validation with AWS's messages, then storage in the PutStore.

import { z } from "zod";
import type { RequestContext } from "@/lib/simulator/core/types";
import { describeIssue, zList, zNumber, zString, zTime } from "./coerce";
import {
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
} from "./errors";
import type { MetricsBackend } from "./backend";
import type { StoredEntry } from "./put-store";
import { DAY, HOUR } from "./time-grid";

export const STANDARD_UNITS = [
  "Seconds",
  "Microseconds",
  "Milliseconds",
  "Bytes",
  "Kilobytes",
  "Megabytes",
  "Gigabytes",
  "Terabytes",
  "Bits",
  "Kilobits",
  "Megabits",
  "Gigabits",
  "Terabits",
  "Percent",
  "Count",
  "Bytes/Second",
  "Kilobytes/Second",
  "Megabytes/Second",
  "Gigabytes/Second",
  "Terabytes/Second",
  "Bits/Second",
  "Kilobits/Second",
  "Megabits/Second",
  "Gigabits/Second",
  "Terabits/Second",
  "Count/Second",
  "None",
] as const;

/** [D] Accepted timestamp window and value range. */
export const PUT_MAX_AGE_SECONDS = 14 * DAY;
export const PUT_MAX_FUTURE_SECONDS = 2 * HOUR;
const VALUE_LIMIT = 2 ** 360;
export const MAX_METRIC_DATA = 1000;
export const MAX_VALUES_PER_DATUM = 150;

const dimensionSchema = z.object({ Name: zString.min(1).max(255), Value: zString.min(1).max(1024) });

const statisticSetSchema = z.object({
  SampleCount: zNumber,
  Sum: zNumber,
  Minimum: zNumber,
  Maximum: zNumber,
});

const datumSchema = z.object({
  MetricName: zString.min(1).max(255),
  Dimensions: zList(dimensionSchema).optional(),
  Timestamp: zTime.optional(),
  Value: zNumber.optional(),
  StatisticValues: statisticSetSchema.optional(),
  Values: zList(zNumber).optional(),
  Counts: zList(zNumber).optional(),
  Unit: z.enum(STANDARD_UNITS).optional(),
  StorageResolution: zNumber.optional(),
});

const inputSchema = z.object({
  Namespace: zString.min(1).max(255),
  MetricData: zList(datumSchema).optional(),
  EntityMetricData: zList(z.object({ MetricData: zList(datumSchema).optional() })).optional(),
});

type Datum = z.infer<typeof datumSchema>;

function badNumber(v: number): boolean {
  return !Number.isFinite(v) || Math.abs(v) > VALUE_LIMIT;
}

/** The first problem of one datum, in the order AWS checks them; `name` is e.g. `MetricData.member.1`. */
function datumProblem(d: Datum, name: string): Error | undefined {
  const hasValues = (d.Values?.length ?? 0) > 0;
  if (d.Value !== undefined && hasValues) {
    return invalidParameterCombination(
      `The parameters ${name}.Value and ${name}.Values are mutually exclusive and you have specified both.`,
    );
  }
  if (d.Value !== undefined && d.StatisticValues) {
    return invalidParameterCombination(
      `The parameters ${name}.Value and ${name}.StatisticValues are mutually exclusive and you have specified both.`,
    );
  }
  if (d.Value !== undefined && badNumber(d.Value))
    return invalidParameterValue(`The value ${d.Value} for parameter ${name}.Value is invalid.`);
  if (hasValues) {
    const values = d.Values ?? [];
    if ((d.Counts?.length ?? 0) > 0 && d.Counts?.length !== values.length) {
      return invalidParameterValue(
        `The parameters ${name}.Values and ${name}.Counts must be of the same size.`,
      );
    }
    if (values.length > MAX_VALUES_PER_DATUM) {
      return invalidParameterValue(
        `The collection ${name}.Values must not have a size greater than ${MAX_VALUES_PER_DATUM}.`,
      );
    }
    const bad = values.find(badNumber);
    if (bad !== undefined)
      return invalidParameterValue(`The value ${bad} for parameter ${name}.Values is invalid.`);
    const badCount = d.Counts?.find((c) => badNumber(c) || c < 0);
    if (badCount !== undefined)
      return invalidParameterValue(`The value ${badCount} for parameter ${name}.Counts is invalid.`);
  }
  if (d.Value === undefined && !hasValues && !d.StatisticValues) {
    return missingParameter(
      `At least one of the parameters ${name}.Value, ${name}.Values or ${name}.StatisticValues must be specified.`,
    );
  }
  const stats = d.StatisticValues;
  if (stats && !hasValues) {
    const bad = (["SampleCount", "Sum", "Minimum", "Maximum"] as const).find((k) => badNumber(stats[k]));
    if (bad)
      return invalidParameterValue(
        `The value ${stats[bad]} for parameter ${name}.StatisticValues.${bad} is invalid.`,
      );
    if (stats.SampleCount <= 0)
      return invalidParameterValue(
        `The parameter ${name}.StatisticValues.SampleCount must be greater than 0.`,
      );
    if (stats.Maximum < stats.Minimum) {
      return invalidParameterValue(
        `The parameter ${name}.StatisticValues.Maximum must be greater than ${name}.StatisticValues.Minimum.`,
      );
    }
  }
  if (d.StorageResolution !== undefined && d.StorageResolution !== 1 && d.StorageResolution !== 60) {
    return invalidParameterValue(
      `The value ${d.StorageResolution} for parameter ${name}.StorageResolution is invalid.`,
    );
  }
  if ((d.Dimensions?.length ?? 0) > 30) {
    return validationError(
      `1 validation error detected: Value at '${lowerPath(name)}.dimensions' failed to satisfy constraint: Member must have length less than or equal to 30`,
    );
  }
  return undefined;
}

function lowerPath(name: string): string {
  return name
    .replace(/MetricData\.member\.(\d+)/g, "metricData.$1.member")
    .replace(/^EntityMetricData/, "entityMetricData");
}

function toEntry(d: Datum, t: number): StoredEntry | undefined {
  const unit = d.Unit ?? "None";
  const storageResolution = d.StorageResolution ?? 60;
  const values = d.Values ?? [];
  if (values.length > 0) {
    const counts = d.Counts && d.Counts.length > 0 ? d.Counts : values.map(() => 1);
    let n = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    values.forEach((v, i) => {
      const c = counts[i] ?? 1;
      if (c <= 0) return;
      n += c;
      sum += v * c;
      min = Math.min(min, v);
      max = Math.max(max, v);
    });
    if (n === 0) return undefined;
    return {
      t,
      unit,
      storageResolution,
      n,
      sum,
      min,
      max,
      values: Float64Array.from(values),
      counts: Float64Array.from(counts),
    };
  }
  if (d.Value !== undefined) {
    const v = d.Value;
    return {
      t,
      unit,
      storageResolution,
      n: 1,
      sum: v,
      min: v,
      max: v,
      values: Float64Array.of(v),
      counts: Float64Array.of(1),
    };
  }
  const s = d.StatisticValues;
  if (!s) return undefined;
  return { t, unit, storageResolution, n: s.SampleCount, sum: s.Sum, min: s.Minimum, max: s.Maximum };
}

export function putMetricData(
  backend: MetricsBackend,
  input: Record<string, unknown>,
  ctx: RequestContext,
): Record<string, never> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw validationError(describeIssue(parsed.error, input));
  const { Namespace: namespace } = parsed.data;
  if (namespace.startsWith("AWS/") || namespace.startsWith(":")) {
    throw invalidParameterValue(`The value ${namespace} for parameter Namespace is invalid.`);
  }
  const named: Array<{ datum: Datum; name: string }> = [];
  (parsed.data.MetricData ?? []).forEach((datum, i) =>
    named.push({ datum, name: `MetricData.member.${i + 1}` }),
  );
  (parsed.data.EntityMetricData ?? []).forEach((entity, i) =>
    (entity.MetricData ?? []).forEach((datum, j) =>
      named.push({ datum, name: `EntityMetricData.member.${i + 1}.MetricData.member.${j + 1}` }),
    ),
  );
  if (named.length > MAX_METRIC_DATA) {
    throw validationError(
      `1 validation error detected: Value at 'metricData' failed to satisfy constraint: Member must have length less than or equal to ${MAX_METRIC_DATA}`,
    );
  }
  for (const { datum, name } of named) {
    const problem = datumProblem(datum, name);
    if (problem) throw problem;
  }
  const now = ctx.now.getTime() / 1000;
  const timeProblems: string[] = [];
  for (const { datum, name } of named) {
    const t = datum.Timestamp;
    if (t === undefined) continue;
    if (t < now - PUT_MAX_AGE_SECONDS)
      timeProblems.push(`The parameter ${name}.Timestamp must specify a time within the past two weeks.`);
    else if (t > now + PUT_MAX_FUTURE_SECONDS) {
      timeProblems.push(
        `The parameter ${name}.Timestamp must specify a time no more than two hours in the future.`,
      );
    }
  }
  if (timeProblems.length > 0) throw invalidParameterValue(timeProblems.join("\n"));
  for (const { datum } of named) {
    const entry = toEntry(datum, datum.Timestamp ?? now);
    if (!entry) continue;
    const dimensions = (datum.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value }));
    backend.store.add(ctx.accountId, ctx.region, namespace, datum.MetricName, dimensions, entry);
  }
  ctx.record?.("datapointsPut", named.length);
  return {};
}
