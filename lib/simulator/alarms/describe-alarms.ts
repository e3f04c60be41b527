// DescribeAlarms (names / prefix / types / state / action-prefix filters, children and parents of composite
// alarms, paging) and DescribeAlarmsForMetric.

import { z } from "zod";
import { decodeToken, encodeToken, requestFingerprint } from "@/lib/simulator/cloudwatch/paging-token";
import { wireChild, wireCompositeAlarm, wireMetricAlarm, wireParent } from "./alarm-output";
import { DEFAULT_ALARM_TYPES, DEFAULT_MAX_RECORDS, MAX_NAMES_PER_CALL, MAX_RECORDS_LIMIT } from "./constants";
import { invalidNextToken, invalidParameterCombination, MESSAGES, validationError } from "./errors";
import { parseInput, zAlarmName, zDimensions, zInt, zList, zString, zUnit } from "./input";
import { alarmTypeOf, STATE_VALUES, type StoredAlarm } from "./model";
import type { RegionAlarms } from "./region-alarms";

const zMaxRecords = zInt
  .refine((n) => n >= 1, "Member must have value greater than or equal to 1")
  .refine((n) => n <= MAX_RECORDS_LIMIT, `Member must have value less than or equal to ${MAX_RECORDS_LIMIT}`)
  .optional();

export const zAlarmTypes = zList(z.enum(["CompositeAlarm", "MetricAlarm", "LogAlarm"])).optional();

const describeSchema = z.object({
  AlarmNames: zList(zAlarmName, MAX_NAMES_PER_CALL).optional(),
  AlarmNamePrefix: zString.min(1).max(255).optional(),
  AlarmTypes: zAlarmTypes,
  ChildrenOfAlarmName: zAlarmName.optional(),
  ParentsOfAlarmName: zAlarmName.optional(),
  StateValue: z.enum(STATE_VALUES).optional(),
  ActionPrefix: zString.min(1).max(1024).optional(),
  MaxRecords: zMaxRecords,
  NextToken: zString.optional(),
});

export { zMaxRecords };

function page(
  alarms: StoredAlarm[],
  fingerprintParts: unknown,
  maxRecords: number | undefined,
  token: string | undefined,
): { items: StoredAlarm[]; next?: string } {
  const fingerprint = requestFingerprint(fingerprintParts);
  let after: string | undefined;
  if (token !== undefined) {
    const payload = decodeToken(token, fingerprint);
    if (!payload || typeof payload.a !== "string") throw invalidNextToken();
    after = payload.a;
  }
  const rest = after === undefined ? alarms : alarms.filter((a) => a.config.name > after);
  const size = maxRecords ?? DEFAULT_MAX_RECORDS;
  const items = rest.slice(0, size);
  const last = items[items.length - 1];
  return rest.length > size && last
    ? { items, next: encodeToken({ f: fingerprint, a: last.config.name }) }
    : { items };
}

function hasActionPrefix(alarm: StoredAlarm, prefix: string): boolean {
  const c = alarm.config;
  return [...c.alarmActions, ...c.okActions, ...c.insufficientDataActions].some((a) => a.startsWith(prefix));
}

export function describeAlarms(scope: RegionAlarms, raw: Record<string, unknown>): Record<string, unknown> {
  const q = parseInput(describeSchema, raw);
  const relation =
    q.ChildrenOfAlarmName !== undefined
      ? "ChildrenOfAlarmName"
      : q.ParentsOfAlarmName !== undefined
        ? "ParentsOfAlarmName"
        : undefined;
  if (relation) {
    const others = [q.AlarmNames, q.AlarmNamePrefix, q.AlarmTypes, q.StateValue, q.ActionPrefix];
    if (
      others.some((v) => v !== undefined) ||
      (q.ChildrenOfAlarmName !== undefined && q.ParentsOfAlarmName !== undefined)
    )
      throw validationError(MESSAGES.childrenParentsExclusive(relation));
    return related(scope, q.ChildrenOfAlarmName, q.ParentsOfAlarmName, q.MaxRecords, q.NextToken);
  }
  if (q.AlarmNames !== undefined && q.AlarmNamePrefix !== undefined)
    throw invalidParameterCombination(MESSAGES.exclusive("AlarmNames", "AlarmNamePrefix"));
  const types = q.AlarmTypes ?? DEFAULT_ALARM_TYPES;
  const names = q.AlarmNames ? new Set(q.AlarmNames) : undefined;
  const matching = scope.sortedNames().flatMap((name) => {
    const alarm = scope.alarms.get(name);
    if (!alarm) return [];
    if (!(types as readonly string[]).includes(alarmTypeOf(alarm))) return [];
    if (names && !names.has(name)) return [];
    if (q.AlarmNamePrefix !== undefined && !name.startsWith(q.AlarmNamePrefix)) return [];
    if (q.StateValue !== undefined && alarm.state.value !== q.StateValue) return [];
    if (q.ActionPrefix !== undefined && !hasActionPrefix(alarm, q.ActionPrefix)) return [];
    return [alarm];
  });
  const filters = [
    scope.accountId,
    scope.region,
    q.AlarmNames,
    q.AlarmNamePrefix,
    types,
    q.StateValue,
    q.ActionPrefix,
  ];
  const { items, next } = page(matching, filters, q.MaxRecords, q.NextToken);
  return {
    MetricAlarms: items.flatMap((a) => (a.kind === "metric" ? [wireMetricAlarm(a)] : [])),
    CompositeAlarms: items.flatMap((a) => (a.kind === "composite" ? [wireCompositeAlarm(a)] : [])),
    ...((types as readonly string[]).includes("LogAlarm") ? { LogAlarms: [] } : {}),
    ...(next ? { NextToken: next } : {}),
  };
}

function related(
  scope: RegionAlarms,
  childrenOf: string | undefined,
  parentsOf: string | undefined,
  maxRecords: number | undefined,
  token: string | undefined,
): Record<string, unknown> {
  let alarms: StoredAlarm[] = [];
  if (childrenOf !== undefined) {
    const parent = scope.alarms.get(childrenOf);
    if (parent?.kind === "composite")
      alarms = scope.childrenOf(parent).flatMap((n) => scope.alarms.get(n) ?? []);
  } else if (parentsOf !== undefined) {
    alarms = scope.parents(parentsOf).flatMap((n) => scope.alarms.get(n) ?? []);
  }
  alarms.sort((a, b) => (a.config.name < b.config.name ? -1 : a.config.name > b.config.name ? 1 : 0));
  const { items, next } = page(
    alarms,
    [scope.accountId, scope.region, childrenOf, parentsOf],
    maxRecords,
    token,
  );
  const wire = childrenOf !== undefined ? wireChild : wireParent;
  return {
    MetricAlarms: items.filter((a) => a.kind === "metric").map(wire),
    CompositeAlarms: items.filter((a) => a.kind === "composite").map(wire),
    ...(next ? { NextToken: next } : {}),
  };
}

const forMetricSchema = z.object({
  MetricName: zString.min(1).max(255),
  Namespace: zString.min(1).max(255),
  Statistic: z.enum(["SampleCount", "Average", "Sum", "Minimum", "Maximum"]).optional(),
  ExtendedStatistic: zString.optional(),
  Dimensions: zDimensions.optional(),
  Period: zInt.refine((n) => n >= 1, "Member must have value greater than or equal to 1").optional(),
  Unit: zUnit.optional(),
});

function sameDimensions(
  a: readonly { name: string; value: string }[],
  b: readonly { name: string; value: string }[],
): boolean {
  if (a.length !== b.length) return false;
  return a.every((d) => b.some((e) => e.name === d.name && e.value === d.value));
}

/** [D] Only single-metric alarms on exactly this metric (math and composite alarms are not returned). */
export function describeAlarmsForMetric(
  scope: RegionAlarms,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const q = parseInput(forMetricSchema, raw);
  const dimensions = (q.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value }));
  const alarms = scope.sortedNames().flatMap((name) => {
    const alarm = scope.alarms.get(name);
    if (alarm?.kind !== "metric") return [];
    const c = alarm.config;
    if (!c.metric || c.metric.namespace !== q.Namespace || c.metric.metricName !== q.MetricName) return [];
    if (!sameDimensions(c.metric.dimensions, dimensions)) return [];
    if (q.Statistic !== undefined && c.statistic !== q.Statistic) return [];
    if (q.ExtendedStatistic !== undefined && c.extendedStatistic !== q.ExtendedStatistic) return [];
    if (q.Period !== undefined && c.period !== q.Period) return [];
    if (q.Unit !== undefined && c.unit !== q.Unit) return [];
    return [wireMetricAlarm(alarm)];
  });
  return { MetricAlarms: alarms };
}
