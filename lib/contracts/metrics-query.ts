import { z } from "zod";
import { variableSchema, widgetSchema } from "@/lib/dashboards/model";
import { timeRangeSchema } from "@/lib/time";
import { awsFailureSchema } from "./common";

// POST /api/metrics/query: every metric widget of a view in one request, each answered as a panel.

export const MAX_WIDGETS_PER_REQUEST = 100;
export const MAX_QUERIES_PER_REQUEST = 2_500;

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

export const seriesSchema = z.object({
  queryId: z.string(),
  label: z.string(),
  accountId: z.string(),
  region: z.string(),
  period: z.number(),
  /** Epoch seconds, ascending. */
  timestamps: z.array(z.number()),
  values: z.array(z.number()),
  /** CloudWatch unit name when known. */
  unit: z.string().optional(),
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

export const panelResponseSchema = z.object({
  key: z.string(),
  series: z.array(seriesSchema),
  errors: z.array(queryProblemSchema),
  warnings: z.array(z.string()),
  period: periodChoiceSchema,
});

export type PanelJson = z.infer<typeof panelResponseSchema>;

export const metricsQueryResponse = z.object({
  /** Epoch ms, the resolved range. */
  range: z.object({ start: z.number(), end: z.number() }),
  now: z.number(),
  panels: z.array(panelResponseSchema),
});
export type MetricsQueryResponse = z.infer<typeof metricsQueryResponse>;
