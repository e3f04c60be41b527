import { z } from "zod";
import { recordId } from "./common";
import { savedDashboardSchema } from "./dashboards";

// An account's own CloudWatch dashboards (GET /api/accounts/:id/cloudwatch-dashboards) and importing one
// (POST /api/dashboards/import-from-cloudwatch).

export const cloudWatchDashboardEntrySchema = z.object({
  name: z.string(),
  lastModified: z.string().optional(),
  size: z.number().optional(),
});
export type CloudWatchDashboardEntry = z.infer<typeof cloudWatchDashboardEntrySchema>;

export const cloudWatchDashboardListResponse = z.object({
  dashboards: z.array(cloudWatchDashboardEntrySchema),
});

export const importFromCloudWatchBody = z.object({
  account: recordId,
  dashboardName: z.string().min(1).max(255),
  name: z.string().trim().min(1).max(255).optional(),
});

export const importWarningSchema = z.object({ path: z.string(), message: z.string() });

export const importResponse = z.object({
  dashboard: savedDashboardSchema,
  warnings: z.array(importWarningSchema),
});
export type ImportResponse = z.infer<typeof importResponse>;
