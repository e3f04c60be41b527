import { z } from "zod";

// An alarm as Watchwall keeps it (lib/alarms/model re-exports this): what DescribeAlarms says about one metric or composite alarm, reduced to
// the fields the pages and widgets use, with times as ISO strings so snapshots round-trip through JSON.

export const ALARM_STATES = ["ALARM", "INSUFFICIENT_DATA", "OK"] as const;
export type AlarmState = (typeof ALARM_STATES)[number];
export const alarmStateSchema = z.enum(ALARM_STATES);

export const ALARM_TYPES = ["metric", "composite"] as const;
export type AlarmType = (typeof ALARM_TYPES)[number];

export const alarmMetricStatSchema = z.object({
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z.array(z.object({ name: z.string(), value: z.string() })),
  period: z.number(),
  stat: z.string(),
  unit: z.string().optional(),
});

/** One entry of a metric-math alarm's `Metrics` list. */
export const alarmQuerySchema = z.object({
  id: z.string(),
  expression: z.string().optional(),
  metricStat: alarmMetricStatSchema.optional(),
  label: z.string().optional(),
  returnData: z.boolean().optional(),
  period: z.number().optional(),
  accountId: z.string().optional(),
});

export const alarmRecordSchema = z.object({
  type: z.enum(ALARM_TYPES),
  name: z.string(),
  arn: z.string(),
  description: z.string().optional(),
  state: alarmStateSchema,
  stateReason: z.string(),
  /** When the state last changed (StateUpdatedTimestamp). */
  stateUpdatedAt: z.string(),
  /** When the state last changed value (StateTransitionedTimestamp): the start of "time in state". */
  stateTransitionedAt: z.string().optional(),
  actionsEnabled: z.boolean(),
  /** Composite alarms only: actions are currently suppressed by the suppressor alarm. */
  actionsSuppressed: z.boolean(),
  // Metric alarms (single metric or Metrics[] math / anomaly detection)
  namespace: z.string().optional(),
  metricName: z.string().optional(),
  dimensions: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  statistic: z.string().optional(),
  period: z.number().optional(),
  unit: z.string().optional(),
  evaluationPeriods: z.number().optional(),
  datapointsToAlarm: z.number().optional(),
  threshold: z.number().optional(),
  thresholdMetricId: z.string().optional(),
  comparisonOperator: z.string().optional(),
  treatMissingData: z.string().optional(),
  metrics: z.array(alarmQuerySchema).optional(),
  // Composite alarms
  alarmRule: z.string().optional(),
  actionsSuppressor: z.string().optional(),
});

export type AlarmRecord = z.infer<typeof alarmRecordSchema>;
export type AlarmQuery = z.infer<typeof alarmQuerySchema>;

/** One StateUpdate of DescribeAlarmHistory. */
export const alarmHistoryItemSchema = z.object({
  timestamp: z.string(),
  type: z.string(),
  summary: z.string(),
  oldState: alarmStateSchema.optional(),
  newState: alarmStateSchema.optional(),
  reason: z.string().optional(),
});
export type AlarmHistoryItem = z.infer<typeof alarmHistoryItemSchema>;

/** The console's three orders: by name; by state (ALARM, INSUFFICIENT_DATA, OK) then newest change; by last change. */
export const ALARM_SORTS = ["name", "state", "changed"] as const;
export type AlarmSort = (typeof ALARM_SORTS)[number];

export function isAlarmState(value: unknown): value is AlarmState {
  return typeof value === "string" && (ALARM_STATES as readonly string[]).includes(value);
}
