import { z } from "zod";
import { timeRangeSchema } from "@/lib/time";

// Wire contracts of /api/logs/*: the route handlers validate with these, the browser infers its types from them.

/** [D] Log groups per StartQuery (logGroupNames / logGroupIdentifiers) and per view. */
export const MAX_LOG_GROUPS = 50;
/** [D] Rows a query returns at most (`limit`). */
export const MAX_QUERY_ROWS = 100_000;
/** [D] Query text length. */
export const MAX_QUERY_LENGTH = 10_000;

export const accountIdSchema = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");
export const regionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "not a Region code");
const groupNameSchema = z.string().min(1).max(512);

/** GET /api/logs/groups?account=&region=&search=&cursor= */
export const logGroupsQuerySchema = z.object({
  account: accountIdSchema,
  region: regionSchema,
  search: z.string().max(512).optional(),
  cursor: z.string().max(4096).optional(),
});
export const logGroupsResponseSchema = z.object({
  accountId: z.string(),
  region: z.string(),
  groups: z.array(z.object({ name: z.string(), arn: z.string(), storedBytes: z.number().optional() })),
  nextCursor: z.string().optional(),
});
export type LogGroupsResponse = z.infer<typeof logGroupsResponseSchema>;

/** GET /api/logs/fields?account=&region=&groups=a,b */
export const logFieldsQuerySchema = z.object({
  account: accountIdSchema,
  region: regionSchema,
  groups: z
    .string()
    .min(1)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(groupNameSchema).min(1).max(MAX_LOG_GROUPS)),
});
export const logFieldsResponseSchema = z.object({
  /** Field → highest share (percent of events) among the groups. */
  fields: z.array(z.object({ name: z.string(), percent: z.number() })),
});
export type LogFieldsResponse = z.infer<typeof logFieldsResponseSchema>;

export const logGroupRefSchema = z.object({
  accountId: accountIdSchema,
  region: regionSchema,
  /** A log group name, or in prefix mode a name prefix. */
  name: groupNameSchema,
});
export type LogGroupRef = z.infer<typeof logGroupRefSchema>;

/** POST /api/logs/queries */
export const startLogsQuerySchema = z.object({
  query: z.string().trim().min(1, "the query is empty").max(MAX_QUERY_LENGTH),
  groups: z.array(logGroupRefSchema).min(1, "choose at least one log group").max(MAX_LOG_GROUPS),
  /** `prefix`: the names are prefixes, compiled to SOURCE logGroups(namePrefix: [...]). */
  mode: z.enum(["groups", "prefix"]).default("groups"),
  range: timeRangeSchema,
  limit: z.int().min(1).max(MAX_QUERY_ROWS).optional(),
  /** Write the run to the caller's query history (the Logs page does; widgets do not). */
  history: z.boolean().default(false),
  /** The saved dashboard whose log widget this runs. Wall screens and anonymous viewers must name it: they may
   *  only run the log widgets of dashboards they may show. */
  dashboardId: z.string().min(1).max(200).optional(),
  /** That widget's id, and the dashboard's variable values the query was resolved with. */
  widgetId: z.string().min(1).max(200).optional(),
  variableValues: z.record(z.string(), z.string().max(1024)).optional(),
});
export type StartLogsQuery = z.input<typeof startLogsQuerySchema>;

export const runStatusSchema = z.enum(["queued", "running", "complete", "failed", "cancelled", "timeout"]);
export type LogsRunStatus = z.infer<typeof runStatusSchema>;

export interface LogsStatistics {
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
}

export interface LogsScopeState {
  accountId: string;
  region: string;
  status: LogsRunStatus;
  error?: string;
  statistics: LogsStatistics;
  rowCount: number;
}

export const startLogsQueryResponseSchema = z.object({
  /** The viewer's ticket on a (possibly shared) run: GET streams it, DELETE releases it. */
  id: z.string(),
  reused: z.boolean(),
  range: z.object({ start: z.number(), end: z.number() }),
});
export type StartLogsQueryResponse = z.infer<typeof startLogsQueryResponseSchema>;

/**
 * GET /api/logs/queries/[id] streams NDJSON, one event per line: `progress` on every change, `rows` (the whole
 * current result) whenever the rows changed, and `end` once the run finished.
 */
export type LogsStreamEvent =
  | {
      type: "progress";
      status: LogsRunStatus;
      scopes: LogsScopeState[];
      statistics: LogsStatistics;
      costUsd: number;
      rowCount: number;
      truncated: boolean;
      limit: number;
      viewers: number;
      reused: boolean;
      startedAt: number;
      finishedAt?: number;
      error?: string;
    }
  | { type: "rows"; rows: Record<string, string>[]; fields: string[] }
  | { type: "end"; status: LogsRunStatus };

export const logsHistoryEntrySchema = z.object({
  id: z.string(),
  query: z.string(),
  // Recorded groups are shown as they were stored, not re-validated.
  groups: z.array(z.object({ accountId: z.string(), region: z.string(), name: z.string() })),
  mode: z.enum(["groups", "prefix"]),
  rangeStart: z.number(),
  rangeEnd: z.number(),
  status: z.string(),
  recordsMatched: z.number(),
  recordsScanned: z.number(),
  bytesScanned: z.number(),
  costUsd: z.number(),
  reused: z.boolean(),
  createdAt: z.string(),
});
export type LogsHistoryEntry = z.infer<typeof logsHistoryEntrySchema>;
export const logsHistoryResponseSchema = z.object({
  entries: z.array(logsHistoryEntrySchema),
  totalCostUsd: z.number(),
});
export type LogsHistoryResponse = z.infer<typeof logsHistoryResponseSchema>;

/** Saved queries: `name` may carry folders as "a/b/name" (CloudWatch's convention). */
export const savedQueryInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "a name is required")
    .max(255)
    .refine((n) => !n.split("/").some((part) => part.trim() === ""), "folders may not be empty"),
  query: z.string().trim().min(1).max(MAX_QUERY_LENGTH),
  accountId: accountIdSchema,
  region: regionSchema,
  logGroups: z.array(groupNameSchema).max(MAX_LOG_GROUPS).default([]),
});
export type SavedQueryInput = z.input<typeof savedQueryInputSchema>;

export const savedQuerySchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  accountId: z.string(),
  region: z.string(),
  logGroups: z.array(z.string()),
  /** CloudWatch's query definition id, once synced. */
  queryDefinitionId: z.string().optional(),
  updatedAt: z.string(),
  origin: z.enum(["watchwall", "cloudwatch", "sample"]),
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;
export const savedQueriesResponseSchema = z.object({
  queries: z.array(savedQuerySchema),
  /** Accounts/Regions whose CloudWatch definitions could not be read (shown, not hidden). */
  syncErrors: z.array(z.string()),
});
export type SavedQueriesResponse = z.infer<typeof savedQueriesResponseSchema>;
