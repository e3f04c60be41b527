import { z } from "zod";

// GET /api/dashboards/[id]/cost: the saved dashboard's estimated AWS cost per day.
// POST /api/dashboards/[id]/cost { document }: the same for a draft, compared with the saved one, so the
// editor can warn before a save that would raise it a lot.

export const regionCostSchema = z.object({
  region: z.string(),
  metricsPerRefresh: z.number(),
  metricsPerDay: z.number(),
  logsBytesPerDay: z.number(),
  usdPerDay: z.number(),
});

export const logWidgetCostSchema = z.object({
  widgetId: z.string(),
  accountId: z.string(),
  region: z.string(),
  logGroups: z.number(),
  bytesPerRun: z.number(),
  /** measured-query: the widget's own query last scanned this; measured-groups: another query on its groups; assumed: never run yet. */
  basis: z.enum(["measured-query", "measured-groups", "assumed"]),
  measuredAt: z.number().optional(),
  runsPerDay: z.number(),
  usdPerRun: z.number(),
  usdPerDay: z.number(),
});

export const logsInsightsCostSchema = z.object({
  widgets: z.array(logWidgetCostSchema),
  bytesPerLoad: z.number(),
  usdPerLoad: z.number(),
  usdPerDay: z.number(),
  perScreenUsdPerDay: z.number(),
  note: z.string(),
});

export const dashboardCostSchema = z.object({
  refresh: z.string(),
  metricsPerLoad: z.number(),
  usdPerLoad: z.number(),
  usdPerDay: z.number(),
  metricsUsdPerDay: z.number(),
  byRegion: z.array(regionCostSchema),
  openScreens: z.number(),
  perScreenUsdPerDay: z.number(),
  logsInsights: logsInsightsCostSchema,
});

export const dashboardCostResponse = z.object({ cost: dashboardCostSchema });

export const proposedCostBody = z.object({ document: z.unknown() });

export const proposedCostResponse = z.object({
  current: dashboardCostSchema,
  proposed: dashboardCostSchema,
  /** True when the save would raise the daily cost a lot (lib/cost/dashboard-cost.ts). */
  warn: z.boolean(),
});

export type DashboardCostResponse = z.infer<typeof dashboardCostResponse>;
export type ProposedCostResponse = z.infer<typeof proposedCostResponse>;
