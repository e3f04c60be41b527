// What DescribeAlarms and DescribeAlarmHistory return, as lib/aws hands it on: the fields Watchwall's alarm
// pages and widgets use, with times as ISO strings. lib/alarms keeps these records (its model's schemas
// validate the same shape); lib/aws owns the shape so it needs nothing from the domains above it.

export const AWS_ALARM_STATES = ["ALARM", "INSUFFICIENT_DATA", "OK"] as const;
export type AwsAlarmState = (typeof AWS_ALARM_STATES)[number];

export function isAwsAlarmState(value: unknown): value is AwsAlarmState {
  return typeof value === "string" && (AWS_ALARM_STATES as readonly string[]).includes(value);
}

export type AwsAlarmDimension = {
  name: string;
  value: string;
};

export type AwsAlarmMetricStat = {
  namespace: string;
  metricName: string;
  dimensions: AwsAlarmDimension[];
  period: number;
  stat: string;
  unit?: string | undefined;
};

/** One entry of a metric-math alarm's `Metrics` list. */
export type AwsAlarmQuery = {
  id: string;
  expression?: string | undefined;
  metricStat?: AwsAlarmMetricStat | undefined;
  label?: string | undefined;
  returnData?: boolean | undefined;
  period?: number | undefined;
  accountId?: string | undefined;
};

export type AwsAlarmRecord = {
  type: "metric" | "composite";
  name: string;
  arn: string;
  description?: string | undefined;
  state: AwsAlarmState;
  stateReason: string;
  /** When the state last changed (StateUpdatedTimestamp). */
  stateUpdatedAt: string;
  /** When the state last changed value (StateTransitionedTimestamp): the start of "time in state". */
  stateTransitionedAt?: string | undefined;
  actionsEnabled: boolean;
  /** Composite alarms only: actions are currently suppressed by the suppressor alarm. */
  actionsSuppressed: boolean;
  // Metric alarms (single metric or Metrics[] math / anomaly detection)
  namespace?: string | undefined;
  metricName?: string | undefined;
  dimensions?: AwsAlarmDimension[] | undefined;
  statistic?: string | undefined;
  period?: number | undefined;
  unit?: string | undefined;
  evaluationPeriods?: number | undefined;
  datapointsToAlarm?: number | undefined;
  threshold?: number | undefined;
  thresholdMetricId?: string | undefined;
  comparisonOperator?: string | undefined;
  treatMissingData?: string | undefined;
  metrics?: AwsAlarmQuery[] | undefined;
  // Composite alarms
  alarmRule?: string | undefined;
  actionsSuppressor?: string | undefined;
};

/** One StateUpdate of DescribeAlarmHistory. */
export type AwsAlarmHistoryItem = {
  timestamp: string;
  type: string;
  summary: string;
  oldState?: AwsAlarmState | undefined;
  newState?: AwsAlarmState | undefined;
  reason?: string | undefined;
};
