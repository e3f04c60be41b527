import { z } from "zod";
import { awsAccountIdSchema, variableSchema, widgetSchema } from "@/lib/dashboards/model";
import { timeRangeSchema } from "@/lib/time";
import { awsFailureSchema } from "./common";

// POST /api/metrics/query: every metric widget of a view in one request, each answered as a panel.

/** Widgets per request; the browser splits larger views into several requests. */
export const MAX_WIDGETS_PER_REQUEST = 100;
export const MAX_QUERIES_PER_REQUEST = 2_500;

/** [I] Plot widths sent to the server are rounded to this step, so resizing by a few pixels neither changes the
 * chosen period nor the cache key. The one width rule for the dashboard grid, the editor preview and Explore. */
export const WIDTH_STEP_PX = 50;

export function requestWidth(widthPx: number): number {
  if (!(widthPx > 0)) return 0;
  return Math.max(WIDTH_STEP_PX, Math.round(widthPx / WIDTH_STEP_PX) * WIDTH_STEP_PX);
}

/** Gap between the 24 columns (and rows) of the dashboard grid, in pixels. */
export const GRID_GAP_PX = 8;
const PLOT_PADDING_PX = 24;

/** The width each widget's plot gets on a 24-column grid `containerWidth` wide, in requestWidth steps: the
 * browser's dashboard and the kiosk's server-side refresh ask for the same widths, so they share runs. */
export function plotWidths(
  widgets: readonly { id: string; position: { w: number } }[],
  containerWidth: number,
): Record<string, number> {
  const column = (Math.max(containerWidth, 600) + GRID_GAP_PX) / 24;
  const widths: Record<string, number> = {};
  for (const widget of widgets) {
    const raw = column * widget.position.w - GRID_GAP_PX - PLOT_PADDING_PX;
    widths[widget.id] = requestWidth(Math.max(1, raw));
  }
  return widths;
}

export const metricsQueryBody = z
  .object({
    range: timeRangeSchema,
    widgets: z.array(widgetSchema).min(1).max(MAX_WIDGETS_PER_REQUEST),
    /** Plot width in pixels per widget id. */
    widths: z.record(z.string(), z.number().min(50).max(8000)).default({}),
    /** The dashboard's default account: what widgets without their own `accountId` read. */
    defaultAccountId: awsAccountIdSchema.optional(),
    variables: z.array(variableSchema).max(50).default([]),
    variableValues: z.record(z.string(), z.string().max(1024)).default({}),
    /** The saved dashboard these widgets are from. Wall screens and anonymous viewers must name it: they may
     *  only run the saved widgets of dashboards they may show. */
    dashboardId: z.string().min(1).max(200).optional(),
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

export const seriesSchema = z.object({
  queryId: z.string(),
  label: z.string(),
  accountId: z.string(),
  region: z.string(),
  period: z.number(),
  /** Epoch seconds, ascending. */
  timestamps: z.array(z.number()),
  values: z.array(z.number()),
  /** CloudWatch unit name when known (the server looks it up; the browser never does). */
  unit: z.string().optional(),
  /**
   * Live data only: epoch seconds from which points are still filling (CloudWatch's ingestion delay); they are
   * drawn distinctly and kept out of trends. Absent: every point is complete.
   */
  incompleteFrom: z.number().optional(),
});

export type SeriesJson = z.infer<typeof seriesSchema>;

export const queryProblemSchema = z.object({
  queryId: z.string().optional(),
  accountId: z.string().optional(),
  region: z.string().optional(),
  failure: awsFailureSchema,
});
export type QueryProblemJson = z.infer<typeof queryProblemSchema>;

export const periodChoiceSchema = z.object({ period: z.number(), reason: z.string(), points: z.number() });

/** An account and Region a widget reads, with the account's name when it is registered. */
export const panelScopeSchema = z.object({
  accountId: z.string(),
  accountName: z.string().optional(),
  region: z.string(),
});
export type PanelScope = z.infer<typeof panelScopeSchema>;

export const panelResponseSchema = z.object({
  key: z.string(),
  series: z.array(seriesSchema),
  errors: z.array(queryProblemSchema),
  /** Non-fatal notes from AWS (e.g. ArithmeticError: points dropped). */
  warnings: z.array(z.string()),
  period: periodChoiceSchema,
  /** Every account and Region the widget's queries read. */
  reads: z.array(panelScopeSchema),
});

export type PanelJson = z.infer<typeof panelResponseSchema>;

export const metricsQueryResponse = z.object({
  /** Epoch ms, the resolved range. */
  range: z.object({ start: z.number(), end: z.number() }),
  now: z.number(),
  panels: z.array(panelResponseSchema),
});
export type MetricsQueryResponse = z.infer<typeof metricsQueryResponse>;
