import type { AlarmRecord } from "./model";

// An alarm's configuration in plain words, as the detail page shows it.

const OPERATORS: Record<string, string> = {
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: "≥",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "≤",
  LessThanLowerOrGreaterThanUpperThreshold: "outside the band",
  GreaterThanUpperThreshold: "above the band",
  LessThanLowerThreshold: "below the band",
};

const MISSING: Record<string, string> = {
  missing: "missing data is ignored (the alarm keeps its state)",
  notBreaching: "missing data is treated as good (not breaching)",
  breaching: "missing data is treated as bad (breaching)",
  ignore: "missing data is ignored (the alarm keeps its state)",
};

export function durationWords(seconds: number): string {
  if (seconds % 86400 === 0) return seconds === 86400 ? "1 day" : `${seconds / 86400} days`;
  if (seconds % 3600 === 0) return seconds === 3600 ? "1 hour" : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? "1 minute" : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}

function periodOf(alarm: AlarmRecord): number | undefined {
  if (alarm.period) return alarm.period;
  const returned = alarm.metrics?.find((m) => m.returnData) ?? alarm.metrics?.[0];
  return returned?.period ?? alarm.metrics?.find((m) => m.metricStat)?.metricStat?.period;
}

/** The condition, e.g. "CPUUtilization (Average over 1 minute) > 85 for 3 of 5 periods". */
export function conditionWords(alarm: AlarmRecord): string {
  if (alarm.type === "composite") return `Rule: ${alarm.alarmRule ?? "(none)"}`;
  const period = periodOf(alarm);
  const returned = alarm.metrics?.find((m) => m.returnData);
  const what = alarm.metricName
    ? `${alarm.metricName} (${alarm.statistic ?? "Average"}${period ? ` over ${durationWords(period)}` : ""})`
    : returned
      ? `${returned.label ?? returned.id}${returned.expression ? ` = ${returned.expression}` : ""}${period ? ` per ${durationWords(period)}` : ""}`
      : "the metric";
  const op = OPERATORS[alarm.comparisonOperator ?? ""] ?? alarm.comparisonOperator ?? "?";
  const against = alarm.thresholdMetricId ? "" : ` ${alarm.threshold ?? "?"}`;
  const evaluation = alarm.evaluationPeriods ?? 1;
  const toAlarm = alarm.datapointsToAlarm ?? evaluation;
  const count =
    toAlarm === evaluation
      ? `for ${evaluation} consecutive period${evaluation === 1 ? "" : "s"}`
      : `for ${toAlarm} of the last ${evaluation} periods`;
  return `${what} ${op}${against} ${count}`;
}

export function missingDataWords(alarm: AlarmRecord): string | undefined {
  if (alarm.type === "composite") return undefined;
  return MISSING[alarm.treatMissingData ?? "missing"];
}

/** Label → value lines of the configuration. */
export function configurationLines(alarm: AlarmRecord): Array<[string, string]> {
  const lines: Array<[string, string]> = [["Condition", conditionWords(alarm)]];
  if (alarm.type === "metric") {
    const period = periodOf(alarm);
    if (period) lines.push(["Period", durationWords(period)]);
    lines.push([
      "Datapoints to alarm",
      `${alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1} of ${alarm.evaluationPeriods ?? 1}`,
    ]);
    lines.push(["Missing data", missingDataWords(alarm) ?? ""]);
    if (alarm.namespace) lines.push(["Namespace", alarm.namespace]);
    if (alarm.dimensions?.length) {
      lines.push(["Dimensions", alarm.dimensions.map((d) => `${d.name} = ${d.value}`).join(", ")]);
    }
    if (alarm.thresholdMetricId)
      lines.push(["Threshold", `anomaly detection band (${alarm.thresholdMetricId})`]);
  } else if (alarm.actionsSuppressor) {
    lines.push(["Actions suppressor", alarm.actionsSuppressor]);
  }
  lines.push(["Actions", alarm.actionsEnabled ? "enabled" : "disabled"]);
  if (alarm.actionsSuppressed) lines.push(["Actions suppressed", "yes"]);
  return lines;
}
