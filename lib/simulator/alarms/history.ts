// History items, with HistoryData documents shaped like CloudWatch's:
//   StateUpdate:         {"version":"1.0","oldState":{"stateValue","stateReason"[,"stateReasonData"]},"newState":{…}}
//   ConfigurationUpdate: {"version":"1.0","type":"Create","createdAlarm":{"alarmName",…,"okactions":[]}}
//                        ("Update" with "updatedAlarm"/"originalUpdatedFields", "Delete" with "deletedAlarm" [I])
//   Action [I]:          {"actionState":"Succeeded","stateUpdateTimestamp":<ms>,"notificationResource":"arn:…"}

import { isoMillis, jd, RawJson, writeJson, type JsonValue } from "./format";
import {
  alarmTypeOf,
  type AlarmState,
  type HistoryItem,
  type HistoryItemType,
  type StateValue,
  type StoredAlarm,
} from "./model";

const PRUNE_INTERVAL_MS = 3_600_000;

export class AlarmHistory {
  private items: HistoryItem[] = [];
  private sorted = true;
  private seq = 0;

  add(
    alarm: StoredAlarm | { name: string; type: HistoryItem["alarmType"] },
    timestamp: number,
    type: HistoryItemType,
    summary: string,
    data: string,
  ): void {
    const name = "config" in alarm ? alarm.config.name : alarm.name;
    const alarmType = "config" in alarm ? alarmTypeOf(alarm) : alarm.type;
    const last = this.items[this.items.length - 1];
    if (last && last.timestamp > timestamp) this.sorted = false;
    this.items.push({ alarmName: name, alarmType, timestamp, type, summary, data, seq: this.seq++ });
  }

  /** Items in time order (ties in insertion order). */
  all(): readonly HistoryItem[] {
    if (!this.sorted) {
      this.items.sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq);
      this.sorted = true;
    }
    return this.items;
  }

  /** Earliest cutoff at which pruning can find something again; it runs at most hourly. */
  private nextPrune = -Infinity;

  /** Drops items older than `cutoff` (epoch ms). */
  prune(cutoff: number): void {
    if (cutoff < this.nextPrune) return;
    this.nextPrune = cutoff + PRUNE_INTERVAL_MS;
    const kept = this.items.filter((item) => item.timestamp >= cutoff);
    if (kept.length !== this.items.length) this.items = kept;
  }

  get size(): number {
    return this.items.length;
  }
}

function stateDocument(state: AlarmState): JsonValue {
  return {
    stateValue: state.value,
    stateReason: state.reason,
    stateReasonData: state.reasonData === undefined ? undefined : new RawJson(state.reasonData),
  };
}

export function stateUpdateData(oldState: AlarmState, newState: AlarmState): string {
  return writeJson({ version: "1.0", oldState: stateDocument(oldState), newState: stateDocument(newState) });
}

export function stateUpdateSummary(from: StateValue, to: StateValue): string {
  return `Alarm updated from ${from} to ${to}`;
}

/** The lower-camel alarm document inside ConfigurationUpdate items. */
export function alarmDocument(alarm: StoredAlarm): JsonValue {
  const c = alarm.config;
  const common = {
    alarmName: c.name,
    alarmDescription: c.description,
    alarmArn: alarm.arn,
    alarmConfigurationUpdatedTimestamp: isoMillis(alarm.configUpdatedAt),
  };
  const tail = {
    stateValue: alarm.state.value,
    stateUpdatedTimestamp: isoMillis(alarm.state.updatedAt),
    actionsEnabled: c.actionsEnabled,
    alarmActions: c.alarmActions,
    insufficientDataActions: c.insufficientDataActions,
    okactions: c.okActions,
  };
  if (alarm.kind === "composite") return { ...common, alarmRule: alarm.config.rule, ...tail };
  const m = alarm.config;
  return {
    ...common,
    namespace: m.metric?.namespace,
    metricName: m.metric?.metricName,
    statistic: m.statistic,
    extendedStatistic: m.extendedStatistic,
    period: m.metric ? m.period : undefined,
    dimensions: m.metric ? m.metric.dimensions.map((d) => ({ value: d.value, name: d.name })) : undefined,
    unit: m.unit,
    metrics: m.metrics?.map((q) => ({
      id: q.id,
      metricStat: q.metricStat
        ? {
            metric: {
              namespace: q.metricStat.metric.namespace,
              metricName: q.metricStat.metric.metricName,
              dimensions: q.metricStat.metric.dimensions.map((d) => ({ value: d.value, name: d.name })),
            },
            period: q.metricStat.period,
            stat: q.metricStat.stat,
            unit: q.metricStat.unit,
          }
        : undefined,
      expression: q.expression,
      label: q.label,
      returnData: q.returnData,
      period: q.period,
      accountId: q.accountId,
    })),
    threshold: m.threshold === undefined ? undefined : jd(m.threshold),
    thresholdMetricId: m.thresholdMetricId,
    comparisonOperator: m.comparisonOperator,
    evaluationPeriods: m.evaluationPeriods,
    datapointsToAlarm: m.datapointsToAlarm,
    treatMissingData: m.treatMissingData,
    evaluateLowSampleCountPercentile: m.evaluateLowSampleCountPercentile,
    ...tail,
  };
}

export function createdData(alarm: StoredAlarm): string {
  return writeJson({ version: "1.0", type: "Create", createdAlarm: alarmDocument(alarm) });
}

export function deletedData(alarm: StoredAlarm): string {
  return writeJson({ version: "1.0", type: "Delete", deletedAlarm: alarmDocument(alarm) });
}

/** [I] Update documents list the previous values of the fields that changed. */
export function updatedData(before: StoredAlarm, after: StoredAlarm): string {
  const old = alarmDocument(before);
  const now = alarmDocument(after);
  const changed: Record<string, JsonValue | undefined> = {};
  if (
    typeof old === "object" &&
    old !== null &&
    !Array.isArray(old) &&
    typeof now === "object" &&
    now !== null &&
    !Array.isArray(now)
  ) {
    const o = old as Record<string, JsonValue | undefined>;
    const n = now as Record<string, JsonValue | undefined>;
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const a = o[key];
      const b = n[key];
      if (writeJson(a ?? null) !== writeJson(b ?? null)) changed[key] = a;
    }
  }
  return writeJson({ version: "1.0", type: "Update", updatedAlarm: now, originalUpdatedFields: changed });
}

export function configSummary(name: string, verb: "created" | "updated" | "deleted"): string {
  return `Alarm "${name}" ${verb}`;
}

export function actionData(arn: string, stateTime: number): string {
  return writeJson({ actionState: "Succeeded", stateUpdateTimestamp: stateTime, notificationResource: arn });
}

export function actionSummary(arn: string): string {
  return `Successfully executed action ${arn}`;
}
