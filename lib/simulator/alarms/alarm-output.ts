// Wire shapes of alarms in DescribeAlarms / DescribeAlarmsForMetric / DescribeAlarmHistory answers.

import type { AlarmQuery, HistoryItem, StoredAlarm, StoredCompositeAlarm, StoredMetricAlarm } from "./model";

function wireDimensions(dimensions: readonly { name: string; value: string }[]) {
  return dimensions.map((d) => ({ Name: d.name, Value: d.value }));
}

function wireQuery(q: AlarmQuery): Record<string, unknown> {
  const ms = q.metricStat;
  return {
    Id: q.id,
    ...(ms
      ? {
          MetricStat: {
            Metric: {
              Namespace: ms.metric.namespace,
              MetricName: ms.metric.metricName,
              Dimensions: wireDimensions(ms.metric.dimensions),
            },
            Period: ms.period,
            Stat: ms.stat,
            ...(ms.unit !== undefined ? { Unit: ms.unit } : {}),
          },
        }
      : {}),
    ...(q.expression !== undefined ? { Expression: q.expression } : {}),
    ...(q.label !== undefined ? { Label: q.label } : {}),
    ReturnData: q.returnData,
    ...(q.period !== undefined ? { Period: q.period } : {}),
    ...(q.accountId !== undefined ? { AccountId: q.accountId } : {}),
  };
}

function stateFields(alarm: StoredAlarm) {
  return {
    StateValue: alarm.state.value,
    StateReason: alarm.state.reason,
    ...(alarm.state.reasonData !== undefined ? { StateReasonData: alarm.state.reasonData } : {}),
    StateUpdatedTimestamp: new Date(alarm.state.updatedAt),
    StateTransitionedTimestamp: new Date(alarm.state.transitionedAt),
  };
}

function commonFields(alarm: StoredAlarm) {
  const c = alarm.config;
  return {
    AlarmName: c.name,
    AlarmArn: alarm.arn,
    ...(c.description !== undefined ? { AlarmDescription: c.description } : {}),
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.configUpdatedAt),
    ActionsEnabled: c.actionsEnabled,
    OKActions: c.okActions,
    AlarmActions: c.alarmActions,
    InsufficientDataActions: c.insufficientDataActions,
  };
}

export function wireMetricAlarm(alarm: StoredMetricAlarm): Record<string, unknown> {
  const c = alarm.config;
  return {
    ...commonFields(alarm),
    ...stateFields(alarm),
    ...(c.metric ? { MetricName: c.metric.metricName, Namespace: c.metric.namespace } : {}),
    ...(c.statistic !== undefined ? { Statistic: c.statistic } : {}),
    ...(c.extendedStatistic !== undefined ? { ExtendedStatistic: c.extendedStatistic } : {}),
    Dimensions: wireDimensions(c.metric?.dimensions ?? []),
    ...(c.metric ? { Period: c.period } : {}),
    ...(c.unit !== undefined ? { Unit: c.unit } : {}),
    EvaluationPeriods: c.evaluationPeriods,
    ...(c.datapointsToAlarm !== undefined ? { DatapointsToAlarm: c.datapointsToAlarm } : {}),
    ...(c.threshold !== undefined ? { Threshold: c.threshold } : {}),
    ComparisonOperator: c.comparisonOperator,
    ...(c.treatMissingData !== undefined ? { TreatMissingData: c.treatMissingData } : {}),
    ...(c.evaluateLowSampleCountPercentile !== undefined
      ? { EvaluateLowSampleCountPercentile: c.evaluateLowSampleCountPercentile }
      : {}),
    ...(c.metrics ? { Metrics: c.metrics.map(wireQuery) } : {}),
    ...(c.thresholdMetricId !== undefined ? { ThresholdMetricId: c.thresholdMetricId } : {}),
  };
}

export function wireCompositeAlarm(alarm: StoredCompositeAlarm): Record<string, unknown> {
  const c = alarm.config;
  return {
    ...commonFields(alarm),
    ...stateFields(alarm),
    AlarmRule: c.rule,
    ...(c.actionsSuppressor !== undefined ? { ActionsSuppressor: c.actionsSuppressor } : {}),
    ...(c.actionsSuppressorWaitPeriod !== undefined
      ? { ActionsSuppressorWaitPeriod: c.actionsSuppressorWaitPeriod }
      : {}),
    ...(c.actionsSuppressorExtensionPeriod !== undefined
      ? { ActionsSuppressorExtensionPeriod: c.actionsSuppressorExtensionPeriod }
      : {}),
  };
}

/** [D] ChildrenOfAlarmName answers only name, ARN, state value and state-updated time. */
export function wireChild(alarm: StoredAlarm): Record<string, unknown> {
  return {
    AlarmName: alarm.config.name,
    AlarmArn: alarm.arn,
    StateValue: alarm.state.value,
    StateUpdatedTimestamp: new Date(alarm.state.updatedAt),
  };
}

/** [D] ParentsOfAlarmName answers only name and ARN. */
export function wireParent(alarm: StoredAlarm): Record<string, unknown> {
  return { AlarmName: alarm.config.name, AlarmArn: alarm.arn };
}

export function wireHistoryItem(item: HistoryItem): Record<string, unknown> {
  return {
    AlarmName: item.alarmName,
    AlarmType: item.alarmType,
    Timestamp: new Date(item.timestamp),
    HistoryItemType: item.type,
    HistorySummary: item.summary,
    HistoryData: item.data,
  };
}
