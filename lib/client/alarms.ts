"use client";

import { queryOptions } from "@tanstack/react-query";
import {
  alarmDetailResponseSchema,
  alarmsListResponseSchema,
  alarmsSummaryResponseSchema,
  type AlarmDetailQuery,
  type AlarmsListQuery,
} from "@/lib/contracts/alarms";
import { api } from "./api";

// Alarm data in the browser. The server answers from the pollers' snapshots, so refetching costs no AWS
// calls; screens refetch at half the poll interval so a change of state shows within one poll.

/** [I] Refetch this often relative to the poll interval (half: a change shows within one poll). */
export const ALARM_REFETCH_FRACTION = 0.5;
const MIN_REFETCH_MS = 2_000;
const DEFAULT_POLL_SECONDS = 60;

export function refetchEvery(pollIntervalSeconds: number | undefined): number {
  return Math.max(
    MIN_REFETCH_MS,
    (pollIntervalSeconds ?? DEFAULT_POLL_SECONDS) * 1000 * ALARM_REFETCH_FRACTION,
  );
}

export function alarmsListParams(query: AlarmsListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}

export const alarmKeys = {
  all: ["alarms"] as const,
  list: (query: AlarmsListQuery) => ["alarms", "list", alarmsListParams(query).toString()] as const,
  summary: ["alarms", "summary"] as const,
  detail: (query: AlarmDetailQuery) =>
    ["alarms", "detail", query.account, query.region, query.name, query.range] as const,
};

export function alarmsListOptions(query: AlarmsListQuery) {
  return queryOptions({
    queryKey: alarmKeys.list(query),
    queryFn: ({ signal }) =>
      api(`/api/alarms?${alarmsListParams(query)}`, alarmsListResponseSchema, { signal }),
    refetchInterval: (q) => refetchEvery(q.state.data?.pollIntervalSeconds),
    placeholderData: (previous) => previous,
  });
}

export function alarmsSummaryOptions() {
  return queryOptions({
    queryKey: alarmKeys.summary,
    queryFn: ({ signal }) => api("/api/alarms/summary", alarmsSummaryResponseSchema, { signal }),
    refetchInterval: (q) => refetchEvery(q.state.data?.pollIntervalSeconds),
  });
}

/** Account, Region and name of an alarm ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`). */
export function parseAlarmArn(arn: string): { account: string; region: string; name: string } | undefined {
  const match = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/.exec(arn);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { region: match[1], account: match[2], name: match[3] };
}

/**
 * Threshold and states of an alarm over a dashboard's range (annotations.alarms); with `withGraph`, its metric
 * too (a graph that names only the alarm draws the alarm's metric, as CloudWatch does).
 */
export function alarmAnnotationOptions(
  arn: string,
  range: { start: number; end: number },
  withGraph = false,
  dashboardId?: string,
) {
  const where = parseAlarmArn(arn);
  // Rounded to the minute so a refreshing dashboard reuses the answer within the minute.
  const start = Math.floor(range.start / 60_000) * 60_000;
  const end = Math.ceil(range.end / 60_000) * 60_000;
  const params = new URLSearchParams({
    account: where?.account ?? "",
    region: where?.region ?? "",
    name: where?.name ?? "",
    start: String(start),
    end: String(end),
    graph: withGraph ? "true" : "false",
    // Wall screens and anonymous viewers must name the dashboard whose widget annotates the alarm.
    ...(dashboardId ? { dashboardId } : {}),
  });
  return queryOptions({
    queryKey: ["alarms", "annotation", arn, start, end, withGraph, dashboardId ?? ""] as const,
    queryFn: ({ signal }) => api(`/api/alarms/detail?${params}`, alarmDetailResponseSchema, { signal }),
    enabled: Boolean(where) && range.end > range.start,
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });
}

export function alarmDetailOptions(query: AlarmDetailQuery) {
  const params = new URLSearchParams({
    account: query.account,
    region: query.region,
    name: query.name,
    range: query.range ?? "3h",
  });
  return queryOptions({
    queryKey: alarmKeys.detail(query),
    queryFn: ({ signal }) => api(`/api/alarms/detail?${params}`, alarmDetailResponseSchema, { signal }),
    refetchInterval: refetchEvery(DEFAULT_POLL_SECONDS) * 2,
    placeholderData: (previous) => previous,
  });
}
