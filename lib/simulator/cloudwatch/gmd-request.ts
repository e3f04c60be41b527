// GetMetricData request parsing and validation, with AWS's error texts where they are known.

import { z } from "zod";
import { semantics, type MetricIdentity } from "@/lib/metric-math";
import { describeIssue, zBool, zInt, zList, zString, zTime } from "./coerce";
import { validationError } from "./errors";
import { STANDARD_UNITS } from "./put-metric-data";
import { parseStatistic, type StatisticSpec } from "./statistics";
import { isValidPeriod } from "./time-grid";

/** [D] Query and datapoint limits of one GetMetricData call. */
export const MAX_QUERIES = 500;
export const DEFAULT_MAX_DATAPOINTS = 100_800;
export const MAX_EXPRESSION_LENGTH = 2048;
export const ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;
const TIMEZONE_PATTERN = /^[+-](?:[01]\d|2[0-3])[0-5]\d$/;

const metricSchema = z.object({
  Namespace: zString.min(1).max(255),
  MetricName: zString.min(1).max(255),
  Dimensions: zList(z.object({ Name: zString.min(1).max(255), Value: zString.min(1).max(1024) }))
    .refine((d) => d.length <= 30, "Member must have length less than or equal to 30")
    .optional(),
});

const querySchema = z.object({
  Id: zString.min(1).max(255),
  MetricStat: z
    .object({
      Metric: metricSchema,
      Period: zInt,
      Stat: zString.min(1),
      Unit: z.enum(STANDARD_UNITS).optional(),
    })
    .optional(),
  Expression: zString.min(1).max(MAX_EXPRESSION_LENGTH).optional(),
  Label: zString.optional(),
  ReturnData: zBool.optional(),
  Period: zInt.optional(),
  AccountId: zString.min(1).max(255).optional(),
});

const inputSchema = z.object({
  MetricDataQueries: zList(querySchema),
  StartTime: zTime,
  EndTime: zTime,
  NextToken: zString.optional(),
  ScanBy: z.enum(["TimestampDescending", "TimestampAscending"]).optional(),
  MaxDatapoints: zInt.refine((n) => n >= 1, "Member must have value greater than or equal to 1").optional(),
  LabelOptions: z.object({ Timezone: zString.optional() }).optional(),
});

interface QueryBase {
  /** 1-based position, as in `MetricDataQueries.member.N`. */
  index: number;
  id: string;
  label?: string;
  returnData: boolean;
  accountId?: string;
}

export interface StatQuery extends QueryBase {
  kind: "stat";
  metric: MetricIdentity;
  period: number;
  stat: string;
  spec: StatisticSpec;
  unit?: string;
}

export interface ExpressionQueryInput extends QueryBase {
  kind: "expression";
  expression: string;
  period?: number;
}

export type GmdQuery = StatQuery | ExpressionQueryInput;

export interface GmdRequest {
  queries: GmdQuery[];
  /** Epoch seconds, milliseconds dropped. */
  start: number;
  end: number;
  scanBy: "TimestampDescending" | "TimestampAscending";
  maxDatapoints: number;
  nextToken?: string;
  timezone?: string;
}

function joinedProblems(problems: string[]): void {
  if (problems.length > 0) throw validationError(problems.join("\n"));
}

export function parseGetMetricDataInput(input: Record<string, unknown>): GmdRequest {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw validationError(describeIssue(parsed.error, input));
  const q = parsed.data;
  const raw = q.MetricDataQueries;
  if (raw.length === 0) {
    throw validationError(
      "1 validation error detected: Value '[]' at 'metricDataQueries' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  if (raw.length > MAX_QUERIES) {
    throw validationError(
      `1 validation error detected: Value at 'metricDataQueries' failed to satisfy constraint: Member must have length less than or equal to ${MAX_QUERIES}`,
    );
  }
  joinedProblems(
    raw.flatMap((m, i) =>
      ID_PATTERN.test(m.Id)
        ? []
        : [
            `The value ${m.Id} for parameter MetricDataQueries.member.${i + 1}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`,
          ],
    ),
  );
  const seen = new Set<string>();
  for (const m of raw) {
    if (seen.has(m.Id)) throw validationError(semantics.VALIDATION_MESSAGES.duplicateId(m.Id));
    seen.add(m.Id);
  }
  raw.forEach((m, i) => {
    const name = `MetricDataQueries.member.${i + 1}`;
    if (m.MetricStat && m.Expression !== undefined) {
      throw validationError(
        `The parameters ${name}.Expression and ${name}.MetricStat are mutually exclusive and you have specified both.`,
      );
    }
    if (!m.MetricStat && m.Expression === undefined)
      throw validationError(`The parameter ${name}.MetricStat is required.`);
    if (m.MetricStat && m.Period !== undefined) {
      throw validationError(
        `The parameters ${name}.Period and ${name}.MetricStat are mutually exclusive and you have specified both.`,
      );
    }
  });
  joinedProblems(
    raw.flatMap((m, i) =>
      m.MetricStat && !parseStatistic(m.MetricStat.Stat)
        ? [
            `The value ${m.MetricStat.Stat} for parameter MetricDataQueries.member.${i + 1}.MetricStat.Stat is not a valid statistic.`,
          ]
        : [],
    ),
  );
  joinedProblems(
    raw.flatMap((m, i) => {
      const period = m.MetricStat?.Period ?? m.Period;
      return period === undefined || isValidPeriod(period)
        ? []
        : [
            `The parameter MetricDataQueries.member.${i + 1}.${m.MetricStat ? "MetricStat." : ""}Period must be a value in the set [ 1, 5, 10, 20, 30 ] or a multiple of 60.`,
          ];
    }),
  );
  const start = Math.floor(q.StartTime);
  const end = Math.floor(q.EndTime);
  if (end < start) throw validationError("The parameter EndTime must be greater than StartTime.");
  if (end === start) throw validationError("The parameter StartTime must not equal parameter EndTime.");
  const timezone = q.LabelOptions?.Timezone;
  if (timezone !== undefined && !TIMEZONE_PATTERN.test(timezone)) {
    throw validationError(`The value ${timezone} for parameter LabelOptions.Timezone is invalid.`);
  }

  const queries: GmdQuery[] = raw.map((m, i) => {
    const base: QueryBase = {
      index: i + 1,
      id: m.Id,
      returnData: m.ReturnData ?? true,
      ...(m.Label !== undefined ? { label: m.Label } : {}),
      ...(m.AccountId !== undefined ? { accountId: m.AccountId } : {}),
    };
    const stat = m.MetricStat;
    if (stat) {
      const spec = parseStatistic(stat.Stat);
      if (!spec) throw validationError(`The value ${stat.Stat} is not a valid statistic.`);
      return {
        ...base,
        kind: "stat",
        metric: {
          namespace: stat.Metric.Namespace,
          metricName: stat.Metric.MetricName,
          dimensions: (stat.Metric.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value })),
        },
        period: stat.Period,
        stat: stat.Stat,
        spec,
        ...(stat.Unit !== undefined ? { unit: stat.Unit } : {}),
      };
    }
    return {
      ...base,
      kind: "expression",
      expression: m.Expression ?? "",
      ...(m.Period !== undefined ? { period: m.Period } : {}),
    };
  });
  return {
    queries,
    start,
    end,
    scanBy: q.ScanBy ?? "TimestampDescending",
    maxDatapoints: q.MaxDatapoints ?? DEFAULT_MAX_DATAPOINTS,
    ...(q.NextToken !== undefined ? { nextToken: q.NextToken } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}
