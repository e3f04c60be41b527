import { z } from "zod";
import { isMetricWidget, variableSchema, widgetSchema, type MetricWidget } from "@/lib/dashboards/model";
import { widgetPanel } from "@/lib/dashboards/panels";
import { resolveRange, timeRangeSchema, type PeriodChoice, type TimeRange } from "@/lib/time";
import { defaultAccountId, queryPanels } from "./query-panels";
import type { PanelResult } from "./types";

// POST /api/metrics/query: the widgets of a view (a saved dashboard, the editor's preview or the explorer),
// the range and each widget's width. Bounded so one request cannot ask AWS for unbounded work.

export const MAX_WIDGETS_PER_REQUEST = 100;
export const MAX_QUERIES_PER_REQUEST = 2_500;
/** [I] About what 10 GetMetricData pages of 100,800 points hold; far beyond any sane dashboard. */
export const MAX_DATAPOINTS_PER_REQUEST = 1_000_000;
/** Nothing older than 15 months exists in CloudWatch. */
export const MAX_LOOKBACK_MS = 455 * 86_400_000 + 86_400_000;

export const metricsQueryBody = z
  .object({
    range: timeRangeSchema,
    widgets: z.array(widgetSchema).min(1).max(MAX_WIDGETS_PER_REQUEST),
    /** Plot width in pixels per widget id. */
    widths: z.record(z.string(), z.number().min(50).max(8000)).default({}),
    variables: z.array(variableSchema).max(50).default([]),
    variableValues: z.record(z.string(), z.string().max(1024)).default({}),
  })
  .superRefine((body, ctx) => {
    const queries = body.widgets.reduce((n, w) => n + ("metrics" in w ? w.metrics.length : 0), 0);
    if (queries > MAX_QUERIES_PER_REQUEST) {
      ctx.addIssue({
        code: "custom",
        path: ["widgets"],
        message: `at most ${MAX_QUERIES_PER_REQUEST} queries per request`,
      });
    }
  });

export type MetricsQueryBody = z.infer<typeof metricsQueryBody>;

export interface PanelResponse extends PanelResult {
  period: PeriodChoice;
}

export interface MetricsQueryResponse {
  /** Epoch ms, the resolved range. */
  range: { start: number; end: number };
  now: number;
  panels: PanelResponse[];
}

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
