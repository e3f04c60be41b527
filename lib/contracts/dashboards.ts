import { z } from "zod";
import { awsAccountIdSchema, dashboardMetadataSchema, documentSchema } from "@/lib/dashboards/model";
import { isoDateTime } from "./common";

// /api/dashboards: saved dashboards, their versions and CloudWatch-body imports. Documents are validated in
// depth by the repository (validateDocument), so a request carries them as unknown and a bad widget is
// reported with its path rather than as a generic schema failure here.

/** Versions are PostgreSQL integers: larger numbers are refused here rather than overflowing in the database. */
export const versionNumber = z.int32().min(1);

export const listDashboardsQuery = z.object({
  search: z.string().max(200).optional(),
  tag: z.string().max(64).optional(),
  limit: z.coerce.number().pipe(z.int().min(1).max(500)).optional(),
  offset: z.coerce.number().pipe(z.int32().min(0)).optional(),
});

export const createDashboardBody = dashboardMetadataSchema.extend({
  document: z.unknown().optional(),
});

export const saveDashboardBody = dashboardMetadataSchema.extend({
  baseVersion: versionNumber,
  document: z.unknown(),
  message: z.string().max(500).optional(),
});

export const importDashboardBody = z.object({
  /** CloudWatch DashboardBody: the JSON text or the parsed object. */
  body: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  name: z.string().trim().min(1).max(255),
  tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  defaultRegion: z.string().min(1).optional(),
  /** The account the body came from: widgets without `accountId` read it. Absent: the first registered account, recorded. */
  accountId: awsAccountIdSchema.optional(),
});

export const dashboardSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  folder: z.string(),
  version: z.int(),
  widgetCount: z.int(),
  updatedAt: isoDateTime,
});
export type DashboardSummaryJson = z.infer<typeof dashboardSummarySchema>;

export const savedDashboardSchema = dashboardSummarySchema.extend({
  document: documentSchema,
  createdAt: isoDateTime,
});
export type SavedDashboardJson = z.infer<typeof savedDashboardSchema>;

export const dashboardListResponse = z.object({
  dashboards: z.array(dashboardSummarySchema),
  /** The offset of the next page, null on the last one. */
  nextOffset: z.int().nullable(),
});

/** Name, description, tags and folder as the editor sends them with a save. */
export type DashboardMetadataInput = Pick<z.input<typeof dashboardMetadataSchema>, "name" | "tags"> & {
  description?: string;
  folder?: string;
};

export const versionParams = z.object({
  id: z.string().trim().min(1).max(100),
  version: z.coerce.number().pipe(versionNumber),
});

export const restoreVersionBody = z.object({ baseVersion: versionNumber });

export const versionSummarySchema = z.object({
  version: z.int(),
  name: z.string(),
  message: z.string(),
  createdAt: isoDateTime,
  /** Who saved the version (email or token name); empty before authentication existed. */
  author: z.string(),
});
export type VersionSummaryJson = z.infer<typeof versionSummarySchema>;

export const versionListResponse = z.object({ versions: z.array(versionSummarySchema) });

/**
 * GET /api/dashboards/:id/export: the dashboard as a CloudWatch DashboardBody (what CloudWatch cannot hold is
 * named in the `x-watchwall-export-warnings` header).
 */
export const cloudWatchExportResponse = z.looseObject({ widgets: z.array(z.unknown()) });
