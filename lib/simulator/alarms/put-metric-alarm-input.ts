// PutMetricAlarm request validation: static-threshold alarms on one metric (basic or extended statistic),
// metric-math alarms (Metrics[]: at most 20 queries, 10 of each kind, exactly one returned) and
// anomaly-detection alarms (ThresholdMetricId pointing at an ANOMALY_DETECTION_BAND expression).

import { z } from "zod";
import { validateExpression } from "@/lib/metric-math";
import { parseStatistic } from "@/lib/simulator/cloudwatch";
import { ID_PATTERN } from "@/lib/simulator/cloudwatch/gmd-request";
import {
  LONG_PERIOD_SECONDS,
  MAX_ALARM_EXPRESSIONS,
  MAX_ALARM_METRIC_STATS,
  MAX_ALARM_QUERIES,
  MAX_EVALUATION_SECONDS,
  MAX_EVALUATION_SECONDS_LONG_PERIOD,
} from "./constants";
import { invalidParameterCombination, invalidParameterValue, MESSAGES, validationError } from "./errors";
import {
  parseInput,
  tagsOf,
  zActions,
  zAlarmName,
  zBool,
  zDescription,
  zDimensions,
  zInt,
  zList,
  zNumber,
  zString,
  zTags,
  zUnit,
} from "./input";
import {
  COMPARISON_OPERATORS,
  isBandOperator,
  TREAT_MISSING_DATA,
  type AlarmQuery,
  type MetricAlarmConfig,
  type Tag,
  type TreatMissingData,
} from "./model";

const BASIC_STATISTICS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"] as const;

const metricSchema = z.object({
  Namespace: zString.min(1).max(255),
  MetricName: zString.min(1).max(255),
  Dimensions: zDimensions.optional(),
});

const querySchema = z.object({
  Id: zString.min(1).max(255),
  MetricStat: z
    .object({
      Metric: metricSchema,
      Period: zInt.refine((n) => n >= 1),
      Stat: zString.min(1),
      Unit: zUnit.optional(),
    })
    .optional(),
  Expression: zString.min(1).max(2048).optional(),
  Label: zString.optional(),
  ReturnData: zBool.optional(),
  Period: zInt.optional(),
  AccountId: zString.min(1).max(255).optional(),
});

const inputSchema = z.object({
  AlarmName: zAlarmName,
  AlarmDescription: zDescription,
  ActionsEnabled: zBool.optional(),
  OKActions: zActions,
  AlarmActions: zActions,
  InsufficientDataActions: zActions,
  MetricName: zString.min(1).max(255).optional(),
  Namespace: zString.min(1).max(255).optional(),
  Statistic: z.enum(BASIC_STATISTICS).optional(),
  ExtendedStatistic: zString.optional(),
  Dimensions: zDimensions.optional(),
  Period: zInt.refine((n) => n >= 1, "Member must have value greater than or equal to 1").optional(),
  Unit: zUnit.optional(),
  EvaluationPeriods: zInt
    .refine((n) => n >= 1, "Member must have value greater than or equal to 1")
    .optional(),
  DatapointsToAlarm: zInt
    .refine((n) => n >= 1, "Member must have value greater than or equal to 1")
    .optional(),
  Threshold: zNumber.optional(),
  ComparisonOperator: z.enum(COMPARISON_OPERATORS).optional(),
  TreatMissingData: zString.min(1).max(255).optional(),
  EvaluateLowSampleCountPercentile: zString.min(1).max(255).optional(),
  Metrics: zList(querySchema).optional(),
  Tags: zTags,
  ThresholdMetricId: zString.min(1).max(255).optional(),
});

type Input = z.infer<typeof inputSchema>;

/** [V] Alarm periods: 10 or 30 seconds (high resolution) or a multiple of a minute. */
export function isAlarmPeriod(period: number): boolean {
  return period === 10 || period === 30 || (period >= 60 && period % 60 === 0);
}

function metricsList(
  queries: NonNullable<Input["Metrics"]>,
  thresholdMetricId: string | undefined,
): AlarmQuery[] {
  const invalid = () => validationError(MESSAGES.invalidMetricsList);
  const stats = queries.filter((q) => q.MetricStat);
  const expressions = queries.filter((q) => q.Expression !== undefined);
  if (queries.length === 0 || queries.length > MAX_ALARM_QUERIES) throw invalid();
  if (stats.length > MAX_ALARM_METRIC_STATS || expressions.length > MAX_ALARM_EXPRESSIONS) throw invalid();
  if (queries.some((q) => (q.MetricStat === undefined) === (q.Expression === undefined))) throw invalid();
  if (queries.some((q) => !ID_PATTERN.test(q.Id))) throw invalid();
  if (new Set(queries.map((q) => q.Id)).size !== queries.length) throw invalid();
  const returned = queries.filter((q) => q.ReturnData !== false);
  if (thresholdMetricId !== undefined) {
    const band = queries.filter((q) => q.Id === thresholdMetricId && q.ReturnData !== false);
    if (band.length !== 1) throw validationError(MESSAGES.thresholdMetricIdMismatch);
    if (returned.length !== 2) throw invalid();
  } else if (returned.length !== 1) throw invalid();
  const periods = new Set(stats.map((q) => q.MetricStat?.Period));
  if (periods.size > 1) throw invalid();
  for (const q of stats) {
    if (!parseStatistic(q.MetricStat?.Stat ?? "")) throw invalid();
    if (!isAlarmPeriod(q.MetricStat?.Period ?? 0)) throw validationError(MESSAGES.invalidPeriod);
  }
  const ids = queries.map((q) => q.Id);
  for (const q of expressions) {
    const checked = validateExpression(
      q.Expression ?? "",
      ids.filter((id) => id !== q.Id),
    );
    if (!checked.ok) throw validationError(`Error in expression ${q.Id}: ${checked.error.message}`);
    if (checked.functions.includes("SEARCH")) throw validationError(MESSAGES.searchNotSupported);
  }
  return queries.map((q) => ({
    id: q.Id,
    returnData: q.ReturnData ?? true,
    ...(q.MetricStat
      ? {
          metricStat: {
            metric: {
              namespace: q.MetricStat.Metric.Namespace,
              metricName: q.MetricStat.Metric.MetricName,
              dimensions: (q.MetricStat.Metric.Dimensions ?? []).map((d) => ({
                name: d.Name,
                value: d.Value,
              })),
            },
            period: q.MetricStat.Period,
            stat: q.MetricStat.Stat,
            ...(q.MetricStat.Unit !== undefined ? { unit: q.MetricStat.Unit } : {}),
          },
        }
      : {}),
    ...(q.Expression !== undefined ? { expression: q.Expression } : {}),
    ...(q.Label !== undefined ? { label: q.Label } : {}),
    ...(q.Period !== undefined ? { period: q.Period } : {}),
    ...(q.AccountId !== undefined ? { accountId: q.AccountId } : {}),
  }));
}

function optionOf<T extends string>(
  value: string | undefined,
  options: readonly T[],
  message: (v: string) => string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(options as readonly string[]).includes(value)) throw validationError(message(value));
  return value as T;
}

export interface ParsedPutMetricAlarm {
  config: MetricAlarmConfig;
  tags: Tag[];
}

export function parsePutMetricAlarm(raw: Record<string, unknown>): ParsedPutMetricAlarm {
  const q = parseInput(inputSchema, raw);
  const treatMissingData = optionOf<TreatMissingData>(
    q.TreatMissingData,
    TREAT_MISSING_DATA,
    MESSAGES.treatMissingDataOption,
  );
  const lowSample = optionOf(
    q.EvaluateLowSampleCountPercentile,
    ["evaluate", "ignore"] as const,
    MESSAGES.lowSampleOption,
  );
  if (q.EvaluationPeriods === undefined) throw validationError(MESSAGES.required("EvaluationPeriods"));
  if (q.ComparisonOperator === undefined) throw validationError(MESSAGES.required("ComparisonOperator"));
  const single = q.MetricName !== undefined || q.Namespace !== undefined;
  if (single && q.Metrics !== undefined)
    throw invalidParameterCombination(MESSAGES.exclusive("MetricName", "Metrics"));
  if (!single && q.Metrics === undefined) throw validationError(MESSAGES.metricChoice);

  let period: number;
  let metrics: AlarmQuery[] | undefined;
  if (single) {
    if (q.MetricName === undefined) throw validationError(MESSAGES.required("MetricName"));
    if (q.Namespace === undefined) throw validationError(MESSAGES.required("Namespace"));
    if ((q.Statistic === undefined) === (q.ExtendedStatistic === undefined))
      throw invalidParameterCombination(MESSAGES.statisticChoice);
    if (q.ExtendedStatistic !== undefined) {
      const spec = parseStatistic(q.ExtendedStatistic);
      if (!spec || spec.kind === "basic")
        throw invalidParameterValue(MESSAGES.extendedStatistic(q.ExtendedStatistic));
    }
    if (q.Period === undefined) throw validationError(MESSAGES.required("Period"));
    period = q.Period;
  } else {
    for (const p of ["Statistic", "ExtendedStatistic", "Dimensions", "Period", "Unit"] as const) {
      if (q[p] !== undefined) throw invalidParameterCombination(MESSAGES.exclusive(p, "Metrics"));
    }
    metrics = metricsList(q.Metrics ?? [], q.ThresholdMetricId);
    period =
      metrics.find((m) => m.metricStat)?.metricStat?.period ?? metrics.find((m) => m.period)?.period ?? 60;
  }
  if (!isAlarmPeriod(period)) throw validationError(MESSAGES.invalidPeriod);

  const band = isBandOperator(q.ComparisonOperator);
  if (q.ThresholdMetricId !== undefined) {
    if (single) throw validationError(MESSAGES.thresholdMetricIdMismatch);
    if (!band) throw validationError(MESSAGES.staticOperatorWithBand);
    if (q.Threshold !== undefined)
      throw invalidParameterCombination(MESSAGES.exclusive("Threshold", "ThresholdMetricId"));
  } else {
    if (band) throw validationError(MESSAGES.bandOperatorNeedsBand);
    if (q.Threshold === undefined) throw validationError(MESSAGES.thresholdRequired);
  }
  if (q.DatapointsToAlarm !== undefined && q.DatapointsToAlarm > q.EvaluationPeriods)
    throw validationError(MESSAGES.datapointsToAlarm);
  const limit = period >= LONG_PERIOD_SECONDS ? MAX_EVALUATION_SECONDS_LONG_PERIOD : MAX_EVALUATION_SECONDS;
  if (q.EvaluationPeriods * period > limit) throw validationError(MESSAGES.evaluationWindow(limit));

  const config: MetricAlarmConfig = {
    name: q.AlarmName,
    ...(q.AlarmDescription !== undefined ? { description: q.AlarmDescription } : {}),
    actionsEnabled: q.ActionsEnabled ?? true,
    okActions: q.OKActions ?? [],
    alarmActions: q.AlarmActions ?? [],
    insufficientDataActions: q.InsufficientDataActions ?? [],
    period,
    evaluationPeriods: q.EvaluationPeriods,
    comparisonOperator: q.ComparisonOperator,
    ...(q.DatapointsToAlarm !== undefined ? { datapointsToAlarm: q.DatapointsToAlarm } : {}),
    ...(q.Threshold !== undefined ? { threshold: q.Threshold } : {}),
    ...(treatMissingData !== undefined ? { treatMissingData } : {}),
    ...(lowSample !== undefined ? { evaluateLowSampleCountPercentile: lowSample } : {}),
    ...(q.ThresholdMetricId !== undefined ? { thresholdMetricId: q.ThresholdMetricId } : {}),
  };
  if (single) {
    config.metric = {
      namespace: q.Namespace ?? "",
      metricName: q.MetricName ?? "",
      dimensions: (q.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value })),
    };
    if (q.Statistic !== undefined) config.statistic = q.Statistic;
    if (q.ExtendedStatistic !== undefined) config.extendedStatistic = q.ExtendedStatistic;
    if (q.Unit !== undefined) config.unit = q.Unit;
  } else {
    config.metrics = metrics;
  }
  return { config, tags: tagsOf(q.Tags) };
}
