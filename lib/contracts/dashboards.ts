import { z } from "zod";
import { dashboardMetadataSchema, documentSchema } from "@/lib/dashboards/model";
import { isoDateTime } from "./common";

// /api/dashboards: saved dashboards, their versions and CloudWatch-body imports. Documents are validated in
// depth by the repository (validateDocument), so a request carries them as unknown and a bad widget is
// reported with its path rather than as a generic schema failure here.

export const listDashboardsQuery = z.object({
  search: z.string().max(200).optional(),
  tag: z.string().max(64).optional(),
});

export const createDashboardBody = dashboardMetadataSchema.extend({
  document: z.unknown().optional(),
});

export const saveDashboardBody = dashboardMetadataSchema.extend({
  baseVersion: z.int().min(1),
  document: z.unknown(),
  message: z.string().max(500).optional(),
});

export const importDashboardBody = z.object({
  /** CloudWatch DashboardBody: the JSON text or the parsed object. */
  body: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  name: z.string().trim().min(1).max(255),
  tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  defaultRegion: z.string().min(1).optional(),
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

export const dashboardListResponse = z.object({ dashboards: z.array(dashboardSummarySchema) });

/** Name, description, tags and folder as the editor sends them with a save. */
export type DashboardMetadataInput = Pick<z.input<typeof dashboardMetadataSchema>, "name" | "tags"> & {
  description?: string;
  folder?: string;
};

export const versionParams = z.object({
  id: z.string().trim().min(1).max(100),
  version: z.coerce.number().int().min(1),
});

export const restoreVersionBody = z.object({ baseVersion: z.int().min(1) });

export const versionSummarySchema = z.object({
  version: z.int(),
  name: z.string(),
  message: z.string(),
  createdAt: isoDateTime,
});
export type VersionSummaryJson = z.infer<typeof versionSummarySchema>;

export const versionListResponse = z.object({ versions: z.array(versionSummarySchema) });
