// DescribeAlarmHistory: the scope's history (which outlives deleted alarms), filtered by alarm name, alarm
// types (metric alarms only by default), item type and time range, newest first unless ScanBy says
// otherwise, paged with a cursor so that items added between pages neither repeat nor shift the next page.

import { z } from "zod";
import { zTime } from "@/lib/simulator/cloudwatch/coerce";
import { decodeToken, encodeToken, requestFingerprint } from "@/lib/simulator/cloudwatch/paging-token";
import { wireHistoryItem } from "./alarm-output";
import { DEFAULT_ALARM_TYPES, DEFAULT_MAX_RECORDS } from "./constants";
import { zAlarmTypes, zMaxRecords } from "./describe-alarms";
import { invalidNextToken } from "./errors";
import { parseInput, zAlarmName, zString } from "./input";
import type { HistoryItem } from "./model";
import type { RegionAlarms } from "./region-alarms";

const HISTORY_ITEM_TYPES = [
  "ConfigurationUpdate",
  "StateUpdate",
  "Action",
  "AlarmContributorStateUpdate",
  "AlarmContributorAction",
] as const;

const historySchema = z.object({
  AlarmName: zAlarmName.optional(),
  AlarmContributorId: zString.optional(),
  AlarmTypes: zAlarmTypes,
  HistoryItemType: z.enum(HISTORY_ITEM_TYPES).optional(),
  StartDate: zTime.optional(),
  EndDate: zTime.optional(),
  MaxRecords: zMaxRecords,
  NextToken: zString.optional(),
  ScanBy: z.enum(["TimestampDescending", "TimestampAscending"]).optional(),
});

export function describeAlarmHistory(
  scope: RegionAlarms,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const q = parseInput(historySchema, raw);
  const types: readonly string[] = q.AlarmTypes ?? DEFAULT_ALARM_TYPES;
  const ascending = q.ScanBy === "TimestampAscending";
  const startMs = q.StartDate === undefined ? -Infinity : q.StartDate * 1000;
  const endMs = q.EndDate === undefined ? Infinity : q.EndDate * 1000;
  const fingerprint = requestFingerprint([
    scope.accountId,
    scope.region,
    q.AlarmName,
    types,
    q.HistoryItemType,
    q.StartDate,
    q.EndDate,
    ascending,
  ]);
  let cursor: { t: number; s: number } | undefined;
  if (q.NextToken !== undefined) {
    const payload = decodeToken(q.NextToken, fingerprint);
    if (!payload || typeof payload.t !== "number" || typeof payload.s !== "number") throw invalidNextToken();
    cursor = { t: payload.t, s: payload.s };
  }
  const beyond = (item: HistoryItem): boolean => {
    if (!cursor) return true;
    const cmp = item.timestamp - cursor.t || item.seq - cursor.s;
    return ascending ? cmp > 0 : cmp < 0;
  };
  const all = scope.history.all();
  const size = q.MaxRecords ?? DEFAULT_MAX_RECORDS;
  const out: HistoryItem[] = [];
  let more = false;
  const count = all.length;
  for (let k = 0; k < count; k++) {
    const item = all[ascending ? k : count - 1 - k];
    if (!item) continue;
    if (q.AlarmName !== undefined && item.alarmName !== q.AlarmName) continue;
    if (!types.includes(item.alarmType)) continue;
    if (q.HistoryItemType !== undefined && item.type !== q.HistoryItemType) continue;
    if (item.timestamp < startMs || item.timestamp > endMs) continue;
    if (!beyond(item)) continue;
    if (out.length === size) {
      more = true;
      break;
    }
    out.push(item);
  }
  const last = out[out.length - 1];
  return {
    AlarmHistoryItems: out.map(wireHistoryItem),
    ...(more && last ? { NextToken: encodeToken({ f: fingerprint, t: last.timestamp, s: last.seq }) } : {}),
  };
}
