import { z } from "zod";
import {
  ALARM_SORTS,
  ALARM_TYPES,
  alarmHistoryItemSchema,
  alarmRecordSchema,
  alarmStateSchema,
} from "./alarm-model";
import type { MetricWidget } from "@/lib/dashboards/model";
import type { MetricsQueryResponse } from "./metrics-query";

// Wire contracts of /api/alarms, /api/alarms/summary and /api/alarms/detail.

/** A comma-separated URL parameter as a list of values each checked by `item`. */
function csv<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean) : []))
    .pipe(z.array(item));
}

const accountIdSchema = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");
const regionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "not a Region code");

export const alarmsListQuerySchema = z.object({
  state: csv(alarmStateSchema),
  type: csv(z.enum(ALARM_TYPES)),
  account: csv(accountIdSchema),
  region: csv(regionSchema),
  namespace: csv(z.string().min(1).max(255)),
  q: z.string().max(255).optional(),
  prefix: z.string().max(255).optional(),
  suppressed: z.enum(["true", "false"]).optional(),
  sort: z.enum(ALARM_SORTS).default("state"),
  /** The saved dashboard whose alarm status widgets ask. Wall screens and anonymous viewers must name it and
   *  are answered only its widgets' alarms; full users may omit it and it does not narrow their answer. */
  dashboardId: z.string().min(1).max(200).optional(),
});
export type AlarmsListQuery = z.input<typeof alarmsListQuerySchema>;

export const locatedAlarmSchema = alarmRecordSchema.extend({
  accountId: z.string(),
  accountName: z.string(),
  region: z.string(),
});

/** Whether one account and Region could be read, and when. */
export const alarmSourceSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  region: z.string(),
  fetchedAt: z.string().optional(),
  attemptedAt: z.string(),
  error: z.object({ kind: z.string(), message: z.string() }).optional(),
  /** Older than a few poll intervals: the poller has not read it lately. */
  stale: z.boolean(),
});

const countsSchema = z.object({ ALARM: z.number(), INSUFFICIENT_DATA: z.number(), OK: z.number() });

export const alarmsListResponseSchema = z.object({
  alarms: z.array(locatedAlarmSchema),
  /** Counts per state of the alarms listed (after filters). */
  counts: countsSchema,
  sources: z.array(alarmSourceSchema),
  /** Accounts and Regions that cannot be read now (error or stale): their alarms may be missing or old. */
  unreadable: z.number(),
  pollIntervalSeconds: z.number(),
  namespaces: z.array(z.string()),
});
export type AlarmsListResponse = z.infer<typeof alarmsListResponseSchema>;
export type LocatedAlarmJson = z.infer<typeof locatedAlarmSchema>;
export type AlarmSourceJson = z.infer<typeof alarmSourceSchema>;

export const alarmsSummaryResponseSchema = z.object({
  counts: countsSchema,
  unreadable: z.number(),
  sources: z.number(),
  /** No snapshot yet (the pollers have not finished their first round). */
  empty: z.boolean(),
  pollIntervalSeconds: z.number(),
});
export type AlarmsSummaryResponse = z.infer<typeof alarmsSummaryResponseSchema>;

export const ALARM_DETAIL_RANGES = ["1h", "3h", "12h", "1d", "3d", "1w"] as const;

export const alarmDetailQuerySchema = z
  .object({
    account: accountIdSchema,
    region: regionSchema,
    name: z.string().min(1).max(255),
    range: z.enum(ALARM_DETAIL_RANGES).default("3h"),
    /** Epoch ms; both given, they replace `range` (a dashboard's range, for alarm annotations). */
    start: z.coerce.number().int().nonnegative().optional(),
    end: z.coerce.number().int().positive().optional(),
    /** "false": skip the graph (alarm annotations need only the threshold and the states). */
    graph: z.enum(["true", "false"]).default("true"),
    /** The saved dashboard whose metric widget annotates the alarm: wall screens and anonymous viewers must
     *  name it, and may read only alarms its widgets annotate. */
    dashboardId: z.string().min(1).max(200).optional(),
  })
  .refine(
    (q) =>
      (q.start === undefined) === (q.end === undefined) && (q.start === undefined || (q.end ?? 0) > q.start),
    {
      message: "start and end go together, start before end",
      path: ["end"],
    },
  );
export type AlarmDetailQuery = z.input<typeof alarmDetailQuerySchema>;

const segmentSchema = z.object({ state: alarmStateSchema, start: z.number(), end: z.number() });

export const alarmDetailResponseSchema = z.object({
  alarm: locatedAlarmSchema,
  source: alarmSourceSchema,
  range: z.object({ start: z.number(), end: z.number() }),
  history: z.array(alarmHistoryItemSchema.extend({ flapping: z.boolean() })),
  /** Set when DescribeAlarmHistory failed (the graph is then drawn without state shading). */
  historyError: z.string().optional(),
  segments: z.array(segmentSchema),
  configuration: z.array(z.tuple([z.string(), z.string()])),
  /** Composite alarms: the rule's children, resolved against the current snapshot. */
  children: z.array(z.object({ ref: z.string(), alarm: locatedAlarmSchema.optional() })),
  /** Metric alarms: the graph as a line widget and its data from the metrics pipeline. */
  widget: z.custom<MetricWidget>().optional(),
  graph: z.custom<MetricsQueryResponse>().optional(),
  graphError: z.string().optional(),
});
export type AlarmDetailResponse = z.infer<typeof alarmDetailResponseSchema>;
