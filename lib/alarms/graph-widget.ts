import type { MetricWidget, Query, VerticalAnnotation } from "@/lib/dashboards/model";
import type { StateSegment } from "./history";
import type { AlarmRecord, AlarmState } from "./model";

// The graph of an alarm as a line widget for the metrics pipeline: its metric (or its math, anomaly band
// included), the threshold as a horizontal annotation and its states as shaded vertical bands.

export const STATE_COLORS: Record<AlarmState, string> = {
  ALARM: "#d62728",
  INSUFFICIENT_DATA: "#8c8c8c",
  OK: "#2ca02c",
};

const DEFAULT_PERIOD = 60;

function alarmQueries(alarm: AlarmRecord): Query[] {
  if (alarm.metrics?.length) {
    return alarm.metrics.map((m): Query => {
      const common = {
        id: m.id,
        visible: m.returnData !== false,
        ...(m.label ? { label: m.label } : {}),
        ...(m.accountId ? { accountId: m.accountId } : {}),
      };
      if (m.metricStat) {
        return {
          kind: "metric",
          namespace: m.metricStat.namespace,
          metricName: m.metricStat.metricName,
          dimensions: m.metricStat.dimensions,
          stat: m.metricStat.stat,
          period: m.metricStat.period,
          ...common,
          // Inputs of the band or of the math stay visible when the alarm draws them (ReturnData on the input).
          visible: m.returnData === true || alarm.thresholdMetricId !== undefined,
        };
      }
      return {
        kind: "expression",
        expression: m.expression ?? "",
        ...(m.period ? { period: m.period } : {}),
        ...common,
      };
    });
  }
  return [
    {
      kind: "metric",
      id: "m1",
      namespace: alarm.namespace ?? "",
      metricName: alarm.metricName ?? "",
      dimensions: alarm.dimensions ?? [],
      stat: alarm.statistic ?? "Average",
      period: alarm.period ?? DEFAULT_PERIOD,
      visible: true,
      label: alarm.metricName ?? "metric",
    },
  ];
}

/** Shaded bands for the states worth seeing (ALARM, INSUFFICIENT_DATA); OK stays unshaded. */
export function stateBands(segments: readonly StateSegment[]): VerticalAnnotation[] {
  return segments
    .filter((s) => s.state !== "OK")
    .map((s) => ({
      kind: "band" as const,
      from: {
        value: new Date(s.start).toISOString(),
        color: STATE_COLORS[s.state],
        label: s.state === "ALARM" ? "In alarm" : "Insufficient data",
      },
      to: { value: new Date(s.end).toISOString() },
    }));
}

export function thresholdLine(alarm: AlarmRecord) {
  if (alarm.threshold === undefined || alarm.thresholdMetricId) return [];
  return [
    {
      kind: "line" as const,
      value: alarm.threshold,
      label: `Threshold (${alarm.threshold})`,
      color: STATE_COLORS.ALARM,
    },
  ];
}

export function alarmGraphWidget(
  alarm: AlarmRecord,
  where: { accountId: string; region: string },
  segments: readonly StateSegment[],
): MetricWidget & { type: "line" } {
  return {
    type: "line",
    id: "alarm-graph",
    title: alarm.name,
    position: { x: 0, y: 0, w: 24, h: 8 },
    region: where.region,
    accountId: where.accountId,
    metrics: alarmQueries(alarm),
    annotations: { horizontal: thresholdLine(alarm), vertical: stateBands(segments) },
  };
}
