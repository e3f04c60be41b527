// The alarm simulator's data model: validated configurations, current state and history items.

import type { MetricIdentity } from "@/lib/metric-math";
import type { RuleNode } from "./composite-rule";

export const STATE_VALUES = ["INSUFFICIENT_DATA", "ALARM", "OK"] as const;
export type StateValue = (typeof STATE_VALUES)[number];

export const STATIC_OPERATORS = [
  "GreaterThanOrEqualToThreshold",
  "GreaterThanThreshold",
  "LessThanThreshold",
  "LessThanOrEqualToThreshold",
] as const;
export const BAND_OPERATORS = [
  "LessThanLowerOrGreaterThanUpperThreshold",
  "LessThanLowerThreshold",
  "GreaterThanUpperThreshold",
] as const;
export const COMPARISON_OPERATORS = [...STATIC_OPERATORS, ...BAND_OPERATORS] as const;
export type StaticOperator = (typeof STATIC_OPERATORS)[number];
export type BandOperator = (typeof BAND_OPERATORS)[number];
export type ComparisonOperator = StaticOperator | BandOperator;

export const TREAT_MISSING_DATA = ["breaching", "notBreaching", "ignore", "missing"] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];

export type AlarmType = "MetricAlarm" | "CompositeAlarm";

export interface Tag {
  Key: string;
  Value: string;
}

export interface MetricStatSpec {
  metric: MetricIdentity;
  period: number;
  stat: string;
  unit?: string;
}

/** One entry of a metric-math alarm's Metrics list, as sent (minus wire noise). */
export interface AlarmQuery {
  id: string;
  metricStat?: MetricStatSpec;
  expression?: string;
  label?: string;
  returnData: boolean;
  period?: number;
  accountId?: string;
}

interface AlarmCommon {
  name: string;
  description?: string;
  actionsEnabled: boolean;
  okActions: string[];
  alarmActions: string[];
  insufficientDataActions: string[];
}

export interface MetricAlarmConfig extends AlarmCommon {
  /** Single-metric alarms. */
  metric?: MetricIdentity;
  statistic?: string;
  extendedStatistic?: string;
  /** Seconds; for metric-math alarms the common period of the MetricStats. */
  period: number;
  unit?: string;
  /** Metric-math and anomaly-detection alarms. */
  metrics?: AlarmQuery[];
  thresholdMetricId?: string;
  evaluationPeriods: number;
  /** As sent; evaluation uses `datapointsToAlarm ?? evaluationPeriods`. */
  datapointsToAlarm?: number;
  threshold?: number;
  comparisonOperator: ComparisonOperator;
  /** As sent; evaluation defaults to "missing". */
  treatMissingData?: TreatMissingData;
  evaluateLowSampleCountPercentile?: "evaluate" | "ignore";
}

export interface CompositeAlarmConfig extends AlarmCommon {
  rule: string;
  parsedRule: RuleNode;
  actionsSuppressor?: string;
  actionsSuppressorWaitPeriod?: number;
  actionsSuppressorExtensionPeriod?: number;
}

export interface AlarmState {
  value: StateValue;
  reason: string;
  /** A JSON document as a string, as DescribeAlarms returns it. */
  reasonData?: string;
  /** Epoch milliseconds. */
  updatedAt: number;
  transitionedAt: number;
}

interface StoredCommon {
  arn: string;
  /** Epoch milliseconds. */
  configUpdatedAt: number;
  state: AlarmState;
  tags: Tag[];
}

export interface StoredMetricAlarm extends StoredCommon {
  kind: "metric";
  config: MetricAlarmConfig;
}

export interface StoredCompositeAlarm extends StoredCommon {
  kind: "composite";
  config: CompositeAlarmConfig;
}

export type StoredAlarm = StoredMetricAlarm | StoredCompositeAlarm;

export type HistoryItemType = "ConfigurationUpdate" | "StateUpdate" | "Action";

export interface HistoryItem {
  alarmName: string;
  alarmType: AlarmType;
  /** Epoch milliseconds. */
  timestamp: number;
  type: HistoryItemType;
  summary: string;
  data: string;
  /** Insertion order: ties on timestamp keep the order events happened in. */
  seq: number;
}

export function alarmArn(region: string, accountId: string, name: string): string {
  return `arn:aws:cloudwatch:${region}:${accountId}:alarm:${name}`;
}

export function alarmTypeOf(alarm: StoredAlarm): AlarmType {
  return alarm.kind === "metric" ? "MetricAlarm" : "CompositeAlarm";
}

export function isBandOperator(op: ComparisonOperator): op is BandOperator {
  return (BAND_OPERATORS as readonly string[]).includes(op);
}
