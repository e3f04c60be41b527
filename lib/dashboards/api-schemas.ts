import { z } from "zod";
import { awsAccountIdSchema, dashboardMetadataSchema } from "./model";

// Request bodies of the dashboard API. Documents are validated in depth by the repository (validateDocument),
// so a bad widget is reported with its path rather than as a generic schema failure here.

/** Versions are PostgreSQL integers: larger numbers are refused here rather than overflowing in the database. */
export const versionNumber = z.int32().min(1);

export const createDashboardBody = dashboardMetadataSchema.extend({
  document: z.unknown().optional(),
});

export const saveDashboardBody = dashboardMetadataSchema.extend({
  baseVersion: versionNumber,
  document: z.unknown(),
  message: z.string().max(500).optional(),
});

export const restoreVersionBody = z.object({ baseVersion: versionNumber });

export const importDashboardBody = z.object({
  /** CloudWatch DashboardBody: the JSON text or the parsed object. */
  body: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  name: z.string().trim().min(1).max(255),
  tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  defaultRegion: z.string().min(1).optional(),
  /** The account the body came from: widgets without `accountId` read it. Absent: the first registered account, recorded. */
  accountId: awsAccountIdSchema.optional(),
});

export const listDashboardsQuery = z.object({
  search: z.string().max(200).optional(),
  tag: z.string().max(64).optional(),
  limit: z.coerce.number().pipe(z.int().min(1).max(500)).optional(),
  offset: z.coerce.number().pipe(z.int32().min(0)).optional(),
});
