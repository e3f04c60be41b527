"use client";

import { queryOptions } from "@tanstack/react-query";
import {
  healthEventDetailResponseSchema,
  healthEventsResponseSchema,
  type HealthEventsQuery,
} from "@/lib/contracts/aws-health";
import { api } from "./api";

// AWS Health data in the browser, from the pollers' snapshots (no AWS call per viewer).

const DEFAULT_POLL_SECONDS = 300;
/** [I] Refetch at half the poll interval, at most once a minute. */
const MAX_REFETCH_MS = 60_000;

function refetchEvery(pollIntervalSeconds: number | undefined): number {
  return Math.min(MAX_REFETCH_MS, ((pollIntervalSeconds ?? DEFAULT_POLL_SECONDS) * 1000) / 2);
}

export function healthEventsParams(query: HealthEventsQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  return params;
}

export const healthKeys = {
  all: ["aws-health"] as const,
  events: (query: HealthEventsQuery) =>
    ["aws-health", "events", healthEventsParams(query).toString()] as const,
  detail: (arn: string) => ["aws-health", "detail", arn] as const,
};

export function healthEventsOptions(query: HealthEventsQuery) {
  return queryOptions({
    queryKey: healthKeys.events(query),
    queryFn: ({ signal }) =>
      api(`/api/aws-health/events?${healthEventsParams(query)}`, healthEventsResponseSchema, { signal }),
    refetchInterval: (q) => refetchEvery(q.state.data?.pollIntervalSeconds),
    placeholderData: (previous) => previous,
  });
}

export function healthEventDetailOptions(arn: string) {
  return queryOptions({
    queryKey: healthKeys.detail(arn),
    queryFn: ({ signal }) =>
      api(`/api/aws-health/events/detail?${new URLSearchParams({ arn })}`, healthEventDetailResponseSchema, {
        signal,
      }),
  });
}
