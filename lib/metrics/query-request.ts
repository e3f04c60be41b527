import {
  MAX_QUERIES_PER_REQUEST,
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryBody,
  type MetricsQueryBody,
  type MetricsQueryResponse,
} from "@/lib/contracts/metrics-query";
import { isMetricWidget, type MetricWidget } from "@/lib/dashboards/model";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";
import { resolveRange, type PeriodChoice, type TimeRange } from "@/lib/time";
import { widgetPanel } from "./widget-panel";
import { defaultAccountId, queryPanels } from "./query-panels";
import type { PanelResult } from "./types";

// POST /api/metrics/query: the widgets of a view (a saved dashboard, the editor's preview or the explorer),
// the range and each widget's width. Bounded so one request cannot ask AWS for unbounded work.

export { MAX_QUERIES_PER_REQUEST, MAX_WIDGETS_PER_REQUEST, metricsQueryBody, type MetricsQueryBody };
/** [I] About what 10 GetMetricData pages of 100,800 points hold; far beyond any sane dashboard. */
export const MAX_DATAPOINTS_PER_REQUEST = 1_000_000;
/** Nothing older than 15 months exists in CloudWatch. */
export const MAX_LOOKBACK_MS = 455 * 86_400_000 + 86_400_000;

export interface PanelResponse extends PanelResult {
  period: PeriodChoice;
}

export type { MetricsQueryResponse };

export class ViewRangeError extends Error {
  override name = "ViewRangeError";
}

export function checkRange(range: TimeRange, now: number) {
  const resolved = resolveRange(range, now);
  if (resolved.start < now - MAX_LOOKBACK_MS)
    throw new ViewRangeError("the range starts more than 15 months ago: CloudWatch keeps no older data");
  if (resolved.start > now) throw new ViewRangeError("the range starts in the future");
  return resolved;
}

/** The panels of a request, before the default account is known; throws when the request is too costly. */
export function planRequest(body: MetricsQueryBody, now: number) {
  const range = checkRange(body.range, now);
  const planned = body.widgets.filter(isMetricWidget).map((widget: MetricWidget) =>
    widgetPanel(widget, {
      defaultAccountId: widget.accountId ?? "",
      range,
      now,
      widthPx: body.widths[widget.id] ?? 600,
      variables: body.variables,
      variableValues: body.variableValues,
    }),
  );
  const points = planned.reduce((n, p) => n + p.panel.queries.length * p.period.points, 0);
  if (points > MAX_DATAPOINTS_PER_REQUEST) {
    throw new ViewRangeError(
      `this view would fetch about ${points.toLocaleString("en-US")} datapoints (limit ${MAX_DATAPOINTS_PER_REQUEST.toLocaleString("en-US")}): narrow the range or split the request`,
    );
  }
  return { range, planned };
}

export async function runMetricsQuery(
  body: MetricsQueryBody,
  now = Date.now(),
): Promise<MetricsQueryResponse> {
  const { range, planned } = planRequest(body, now);
  const fallbackAccount = (await defaultAccountId()) ?? "";
  const panels = planned.map((p) => ({ ...p.panel, accountId: p.panel.accountId || fallbackAccount }));
  const results = await queryPanels(panels, range, new Map(Object.entries(body.widths)));
  return {
    range,
    now,
    panels: results.map((result, i) => ({
      ...result,
      period: planned[i]?.period ?? { period: 0, reason: "", points: 0 },
    })),
  };
}

registerErrorMapper("metrics-query", (error) =>
  error instanceof ViewRangeError ? new HttpError(400, "invalid_range", error.message) : undefined,
);
