// StateReason and StateReasonData of metric-alarm transitions, worded like CloudWatch's recordings:
//   "Threshold Crossed: 1 datapoint [21.5 (26/10/23 16:42:00)] was greater than the threshold (2.0)."
//   "Threshold Crossed: 1 out of the last 1 datapoints [48.0 (04/12/24 00:34:00)] was not greater than the
//    threshold (50.0) (minimum 1 datapoint for ALARM -> OK transition)."
//   "Threshold Crossed: 5 datapoints were greater than the threshold (10.0). The most recent datapoints which
//    crossed the threshold: [27.5 (08/08/17 20:09:00), …]."
//   "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as
//    [NonBreaching]." / "Insufficient Data: 1 datapoint was unknown."
//   "Thresholds Crossed: 1 out of the last 1 datapoints [0.46 (27/06/21 13:52:00)] was not less than the lower
//    thresholds [0.41] or not greater than the upper thresholds [0.47] (minimum 1 datapoint for ALARM -> OK
//    transition)."

import { OUT_OF_FORM_ONLY_WITH_DATAPOINTS_TO_ALARM, REASON_MAX_LISTED_DATAPOINTS } from "./constants";
import { BREACHING, NOT_BREACHING, type Explanation } from "./evaluate";
import { isoMillis, javaDouble, jd, plural, reasonDate, type JsonValue } from "./format";
import { isBandOperator, type MetricAlarmConfig, type StateValue, type TreatMissingData } from "./model";

const OPERATOR_WORDS: Record<string, string> = {
  GreaterThanThreshold: "greater than",
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to",
};

/** The evaluation range of one evaluation, oldest first. */
export interface EvaluatedRange {
  cls: ArrayLike<number>;
  values: ArrayLike<number>;
  /** Sample counts (NaN when unknown, e.g. math results). */
  counts: ArrayLike<number>;
  upper?: ArrayLike<number>;
  lower?: ArrayLike<number>;
  /** Bucket start of slot i, epoch seconds. */
  timestampOf(i: number): number;
}

export interface ReasonContext {
  config: MetricAlarmConfig;
  /** Effective treatment (after the DynamoDB rule and defaults). */
  mode: TreatMissingData;
  n: number;
  m: number;
  /** Evaluation time, epoch ms. */
  queryDate: number;
}

export interface StateReasonResult {
  reason: string;
  data: JsonValue;
}

function wasWere(n: number): string {
  return n === 1 ? "was" : "were";
}

function listed(range: EvaluatedRange, indices: number[], show: (i: number) => string): string {
  return indices
    .slice(0, REASON_MAX_LISTED_DATAPOINTS)
    .map((i) => show(i))
    .join(", ");
}

function noDataReason(newState: StateValue, n: number): string {
  if (newState === "INSUFFICIENT_DATA")
    return `Insufficient Data: ${n} ${plural(n, "datapoint")} ${wasWere(n)} unknown.`;
  return missingTreatedReason(n, newState === "ALARM");
}

function missingTreatedReason(k: number, breaching: boolean): string {
  return `Threshold Crossed: no datapoints were received for ${k} ${plural(k, "period")} and ${k} missing ${plural(k, "datapoint")} ${wasWere(k)} treated as [${breaching ? "Breaching" : "NonBreaching"}].`;
}

function bandCondition(op: string, alarm: boolean, lowers: string, uppers: string): string {
  const not = alarm ? "" : "not ";
  if (op === "GreaterThanUpperThreshold") return `${not}greater than the upper thresholds [${uppers}]`;
  if (op === "LessThanLowerThreshold") return `${not}less than the lower thresholds [${lowers}]`;
  return `${not}less than the lower thresholds [${lowers}] or ${not}greater than the upper thresholds [${uppers}]`;
}

function thresholdReason(
  ctx: ReasonContext,
  range: EvaluatedRange,
  ex: Explanation,
  newState: StateValue,
): string {
  const { config, n, m, mode } = ctx;
  const alarm = newState === "ALARM";
  const wanted = alarm ? BREACHING : NOT_BREACHING;
  const shown = ex.used.filter((i) => range.cls[i] === wanted).reverse();
  const fillCounts = alarm ? ex.filledBreaching : mode === "notBreaching";
  const count = shown.length + (fillCounts ? ex.filled : 0);
  if (count === 0 || shown.length === 0) return missingTreatedReason(Math.max(1, ex.filled), alarm);
  const values = listed(
    range,
    shown,
    (i) => `${javaDouble(range.values[i] ?? NaN)} (${reasonDate(range.timestampOf(i) * 1000)})`,
  );
  const band = isBandOperator(config.comparisonOperator);
  const minimum = alarm ? m : n - m + 1;
  const tail = ` (minimum ${minimum} ${plural(minimum, "datapoint")} for ${alarm ? "OK -> ALARM" : "ALARM -> OK"} transition)`;
  if (band) {
    const uppers = listed(range, shown, (i) => javaDouble(range.upper?.[i] ?? NaN));
    const lowers = listed(range, shown, (i) => javaDouble(range.lower?.[i] ?? NaN));
    const condition = bandCondition(config.comparisonOperator, alarm, lowers, uppers);
    return count === 1
      ? `Thresholds Crossed: 1 out of the last ${n} datapoints [${values}] was ${condition}${tail}.`
      : `Thresholds Crossed: ${count} out of the last ${n} datapoints were ${condition}. The most recent datapoints which crossed the threshold: [${values}]${tail}.`;
  }
  const words = `${alarm ? "" : "not "}${OPERATOR_WORDS[config.comparisonOperator] ?? ""} the threshold (${javaDouble(config.threshold ?? 0)})`;
  const outOf = !OUT_OF_FORM_ONLY_WITH_DATAPOINTS_TO_ALARM || config.datapointsToAlarm !== undefined;
  if (outOf) {
    return count === 1
      ? `Threshold Crossed: 1 out of the last ${n} datapoints [${values}] was ${words}${tail}.`
      : `Threshold Crossed: ${count} out of the last ${n} datapoints were ${words}. The most recent datapoints which crossed the threshold: [${values}]${tail}.`;
  }
  return count === 1
    ? `Threshold Crossed: 1 datapoint [${values}] was ${words}.`
    : `Threshold Crossed: ${count} datapoints were ${words}. The most recent datapoints which crossed the threshold: [${values}].`;
}

function reasonData(ctx: ReasonContext, range: EvaluatedRange, ex: Explanation): JsonValue {
  const { config } = ctx;
  const single = config.metrics === undefined;
  const band = isBandOperator(config.comparisonOperator);
  const evaluated = [...ex.used, ...ex.filledSlots].sort((a, b) => b - a);
  const oldest = ex.used[0];
  return {
    version: "1.0",
    queryDate: isoMillis(ctx.queryDate),
    startDate: oldest === undefined ? undefined : isoMillis(range.timestampOf(oldest) * 1000),
    unit: single ? config.unit : undefined,
    statistic: single ? (config.statistic ?? config.extendedStatistic) : undefined,
    period: config.period,
    recentDatapoints: ex.used.map((i) => jd(range.values[i] ?? NaN)),
    threshold: band ? undefined : jd(config.threshold ?? 0),
    recentLowerThresholds: band ? ex.used.map((i) => jd(range.lower?.[i] ?? NaN)) : undefined,
    recentUpperThresholds: band ? ex.used.map((i) => jd(range.upper?.[i] ?? NaN)) : undefined,
    evaluatedDatapoints: evaluated.map((i) => {
      const real = ex.used.includes(i);
      const count = range.counts[i] ?? NaN;
      return {
        timestamp: isoMillis(range.timestampOf(i) * 1000),
        sampleCount: real && single && !Number.isNaN(count) ? jd(count) : undefined,
        value: real ? jd(range.values[i] ?? NaN) : undefined,
      };
    }),
  };
}

/** Reason text and reason data of a transition computed from an evaluation range. */
export function metricStateReason(
  ctx: ReasonContext,
  range: EvaluatedRange,
  ex: Explanation,
  newState: StateValue,
): StateReasonResult {
  const reason = ex.noData ? noDataReason(newState, ctx.n) : thresholdReason(ctx, range, ex, newState);
  return { reason, data: reasonData(ctx, range, ex) };
}
