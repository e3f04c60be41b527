import type { PanelQuery, PanelRequest } from "./types";
import { choosePeriod, type PeriodChoice } from "@/lib/time";
import { DEFAULT_STAT, type DashboardVariable, type MetricWidget } from "@/lib/dashboards/model";
import { applyVariables } from "@/lib/dashboards/variables";

// A metric widget as the metrics pipeline sees it: every query with its account, Region, statistic and
// period made explicit, variables substituted, and the period chosen for the widget's width and range.

export interface PanelContext {
  /** AWS account id used where neither the query nor the widget names one. */
  defaultAccountId: string;
  /** Epoch ms. */
  range: { start: number; end: number };
  now: number;
  widthPx: number;
  variables: readonly DashboardVariable[];
  /** Chosen values by variable id; absent: the variable's default. */
  variableValues: Readonly<Record<string, string>>;
}

/** [I] "Set period to time range" widgets aggregate the whole range into one bucket (multiple of 60 s). */
function wholeRangePeriod(range: { start: number; end: number }): number {
  return Math.max(60, Math.ceil((range.end - range.start) / 60_000) * 60);
}

export function widgetPanel(
  source: MetricWidget,
  ctx: PanelContext,
): { panel: PanelRequest; period: PeriodChoice } {
  const widget = applyVariables(source, ctx.variables, ctx.variableValues);
  const period = widget.setPeriodToTimeRange
    ? { period: wholeRangePeriod(ctx.range), reason: "whole time range", points: 1 }
    : choosePeriod({
        start: ctx.range.start,
        end: ctx.range.end,
        widthPx: ctx.widthPx,
        now: ctx.now,
        override: widget.period,
      });
  const queries = widget.metrics.map((query): PanelQuery => {
    const common = {
      id: query.id,
      label: query.label,
      period: query.period,
      accountId: query.accountId,
      region: query.region,
      visible: query.visible,
    };
    if (query.kind === "expression") return { ...common, kind: "expression", expression: query.expression };
    return {
      ...common,
      kind: "metric",
      namespace: query.namespace,
      metricName: query.metricName,
      dimensions: query.dimensions,
      stat: query.stat || widget.stat || DEFAULT_STAT,
    };
  });
  return {
    panel: {
      key: widget.id,
      accountId: widget.accountId ?? ctx.defaultAccountId,
      region: widget.region,
      period: period.period,
      liveData: widget.liveData,
      queries,
    },
    period,
  };
}
