import {
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  type CompositeAlarm,
  type MetricAlarm,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { isAwsAlarmState, type AwsAlarmHistoryItem, type AwsAlarmRecord } from "./alarm-records";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { eachPage } from "./pages";
import type { AwsRuntime } from "./runtime";

// DescribeAlarms (every page, metric and composite) and DescribeAlarmHistory for one account and Region,
// shaped as the records of ./alarm-records (which lib/alarms keeps). The SDK retries throttling with backoff;
// the pollers add their own on top.

/** [I] DescribeAlarms allows ~9 TPS per account and Region; a gap between pages keeps one poller well below. */
export const DESCRIBE_ALARMS_PAGE_GAP_MS = 150;
/** [I] Bound on pages per poll (100 alarms each): 10,000 alarms per account and Region. */
const MAX_ALARM_PAGES = 100;
/** [I] Bound on history pages per detail request (100 items each). */
const MAX_HISTORY_PAGES = 5;

const iso = (date: Date | undefined): string => (date ?? new Date(0)).toISOString();

function state(value: string | undefined): AwsAlarmRecord["state"] {
  return isAwsAlarmState(value) ? value : "INSUFFICIENT_DATA";
}

function metricsOf(queries: MetricDataQuery[] | undefined): AwsAlarmRecord["metrics"] {
  if (!queries?.length) return undefined;
  return queries.map((q) => ({
    id: q.Id ?? "",
    ...(q.Expression !== undefined ? { expression: q.Expression } : {}),
    ...(q.Label !== undefined ? { label: q.Label } : {}),
    ...(q.ReturnData !== undefined ? { returnData: q.ReturnData } : {}),
    ...(q.Period !== undefined ? { period: q.Period } : {}),
    ...(q.AccountId !== undefined ? { accountId: q.AccountId } : {}),
    ...(q.MetricStat?.Metric
      ? {
          metricStat: {
            namespace: q.MetricStat.Metric.Namespace ?? "",
            metricName: q.MetricStat.Metric.MetricName ?? "",
            dimensions: (q.MetricStat.Metric.Dimensions ?? []).map((d) => ({
              name: d.Name ?? "",
              value: d.Value ?? "",
            })),
            period: q.MetricStat.Period ?? 60,
            stat: q.MetricStat.Stat ?? "Average",
            ...(q.MetricStat.Unit ? { unit: q.MetricStat.Unit } : {}),
          },
        }
      : {}),
  }));
}

function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export function metricAlarmRecord(alarm: MetricAlarm): AwsAlarmRecord {
  return defined({
    type: "metric",
    name: alarm.AlarmName ?? "",
    arn: alarm.AlarmArn ?? "",
    description: alarm.AlarmDescription || undefined,
    state: state(alarm.StateValue),
    stateReason: alarm.StateReason ?? "",
    stateUpdatedAt: iso(alarm.StateUpdatedTimestamp),
    stateTransitionedAt: alarm.StateTransitionedTimestamp?.toISOString(),
    actionsEnabled: alarm.ActionsEnabled ?? true,
    actionsSuppressed: false,
    namespace: alarm.Namespace,
    metricName: alarm.MetricName,
    dimensions: alarm.Dimensions?.map((d) => ({ name: d.Name ?? "", value: d.Value ?? "" })),
    statistic: alarm.ExtendedStatistic ?? alarm.Statistic,
    period: alarm.Period,
    unit: alarm.Unit,
    evaluationPeriods: alarm.EvaluationPeriods,
    datapointsToAlarm: alarm.DatapointsToAlarm,
    threshold: alarm.Threshold,
    thresholdMetricId: alarm.ThresholdMetricId,
    comparisonOperator: alarm.ComparisonOperator,
    treatMissingData: alarm.TreatMissingData,
    metrics: metricsOf(alarm.Metrics),
  });
}

export function compositeAlarmRecord(alarm: CompositeAlarm): AwsAlarmRecord {
  return defined({
    type: "composite",
    name: alarm.AlarmName ?? "",
    arn: alarm.AlarmArn ?? "",
    description: alarm.AlarmDescription || undefined,
    state: state(alarm.StateValue),
    stateReason: alarm.StateReason ?? "",
    stateUpdatedAt: iso(alarm.StateUpdatedTimestamp),
    stateTransitionedAt: alarm.StateTransitionedTimestamp?.toISOString(),
    actionsEnabled: alarm.ActionsEnabled ?? true,
    // AWS reports "None" (outside the enum the SDK models) when nothing suppresses the actions.
    actionsSuppressed: ((alarm.ActionsSuppressedBy as string | undefined) ?? "None") !== "None",
    alarmRule: alarm.AlarmRule,
    actionsSuppressor: alarm.ActionsSuppressor || undefined,
  });
}

export interface DescribeAllAlarmsResult {
  alarms: AwsAlarmRecord[];
  /** DescribeAlarms calls made (pages). */
  calls: number;
}

/** Every metric and composite alarm of an account and Region (all pages). */
export async function describeAllAlarms(
  account: AccountTarget,
  region: string,
  runtime?: AwsRuntime,
  pageGapMs = DESCRIBE_ALARMS_PAGE_GAP_MS,
): Promise<DescribeAllAlarmsResult> {
  const { cloudwatch } = clientsFor(account, region, runtime);
  const alarms: AwsAlarmRecord[] = [];
  const { pages: calls } = await eachPage(
    MAX_ALARM_PAGES,
    (NextToken) =>
      cloudwatch.send(
        new DescribeAlarmsCommand({
          AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
          MaxRecords: 100,
          NextToken,
        }),
      ),
    (page) => {
      for (const alarm of page.MetricAlarms ?? []) alarms.push(metricAlarmRecord(alarm));
      for (const alarm of page.CompositeAlarms ?? []) alarms.push(compositeAlarmRecord(alarm));
      return page.NextToken;
    },
    pageGapMs,
  );
  alarms.sort((a, b) => a.name.localeCompare(b.name));
  return { alarms, calls };
}

function historyStates(
  data: string | undefined,
): Pick<AwsAlarmHistoryItem, "oldState" | "newState" | "reason"> {
  if (!data) return {};
  try {
    const parsed = JSON.parse(data) as {
      oldState?: { stateValue?: string };
      newState?: { stateValue?: string; stateReason?: string };
    };
    const oldState = parsed.oldState?.stateValue;
    const newState = parsed.newState?.stateValue;
    return defined({
      oldState: isAwsAlarmState(oldState) ? oldState : undefined,
      newState: isAwsAlarmState(newState) ? newState : undefined,
      reason: parsed.newState?.stateReason,
    });
  } catch {
    return {};
  }
}

/** State changes of one alarm between start and end, oldest first. */
export async function describeAlarmStateHistory(
  account: AccountTarget,
  region: string,
  alarm: { name: string; type: AwsAlarmRecord["type"] },
  start: Date,
  end: Date,
  runtime?: AwsRuntime,
): Promise<AwsAlarmHistoryItem[]> {
  const { cloudwatch } = clientsFor(account, region, runtime);
  const items: AwsAlarmHistoryItem[] = [];
  await eachPage(
    MAX_HISTORY_PAGES,
    (NextToken) =>
      cloudwatch.send(
        new DescribeAlarmHistoryCommand({
          AlarmName: alarm.name,
          AlarmTypes: [alarm.type === "composite" ? "CompositeAlarm" : "MetricAlarm"],
          HistoryItemType: "StateUpdate",
          StartDate: start,
          EndDate: end,
          MaxRecords: 100,
          NextToken,
        }),
      ),
    (page) => {
      for (const item of page.AlarmHistoryItems ?? []) {
        items.push({
          timestamp: iso(item.Timestamp),
          type: item.HistoryItemType ?? "StateUpdate",
          summary: item.HistorySummary ?? "",
          ...historyStates(item.HistoryData),
        });
      }
      return page.NextToken;
    },
  );
  return items.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}
