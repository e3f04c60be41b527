"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import {
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryResponse,
  type MetricsQueryResponse,
} from "@/lib/contracts/metrics-query";
import type { DashboardVariable, Widget } from "@/lib/dashboards/model";
import { isSettledRange, refreshIntervalMs, type RefreshInterval, type TimeRange } from "@/lib/time";
import { api } from "./api";

// One request for all metric widgets of a view. The previous result stays on screen while a refresh runs or
// fails (shown as stale), so a wall display never blanks because of one bad refresh.

export interface MetricsViewInput {
  widgets: Widget[];
  range: TimeRange;
  widths: Record<string, number>;
  variables: DashboardVariable[];
  variableValues: Record<string, string>;
  refresh: RefreshInterval;
  /** The dashboard's default account, read by widgets that name none. */
  defaultAccountId?: string;
}

async function fetchAll(input: MetricsViewInput, signal: AbortSignal): Promise<MetricsQueryResponse> {
  const chunks: Widget[][] = [];
  for (let i = 0; i < input.widgets.length; i += MAX_WIDGETS_PER_REQUEST)
    chunks.push(input.widgets.slice(i, i + MAX_WIDGETS_PER_REQUEST));
  const responses = await Promise.all(
    chunks.map((widgets) =>
      api("/api/metrics/query", metricsQueryResponse, {
        body: {
          range: input.range,
          widgets,
          widths: input.widths,
          variables: input.variables,
          variableValues: input.variableValues,
          ...(input.defaultAccountId ? { defaultAccountId: input.defaultAccountId } : {}),
        },
        signal,
      }),
    ),
  );
  const first = responses[0];
  if (!first) throw new Error("no metric widgets");
  return { ...first, panels: responses.flatMap((r) => r.panels) };
}

export const metricsKeys = {
  all: ["metrics"] as const,
  view: (input: Omit<MetricsViewInput, "refresh">) =>
    [
      ...metricsKeys.all,
      input.widgets,
      input.range,
      input.widths,
      input.variables,
      input.variableValues,
      input.defaultAccountId,
    ] as const,
};

export function metricsViewQuery(input: MetricsViewInput, enabled = true) {
  const metricWidgets = input.widgets.filter((w) => "metrics" in w);
  return queryOptions({
    queryKey: metricsKeys.view({ ...input, widgets: metricWidgets }),
    queryFn: ({ signal }) => fetchAll({ ...input, widgets: metricWidgets }, signal),
    enabled: enabled && metricWidgets.length > 0,
    placeholderData: keepPreviousData,
    // A range entirely in the past never changes: fetched once and kept, never refreshed (see useRefreshPaused).
    refetchInterval: () =>
      isSettledRange(input.range, Date.now()) ? false : refreshIntervalMs(input.refresh) || false,
    staleTime: () => (isSettledRange(input.range, Date.now()) ? Number.POSITIVE_INFINITY : 0),
    refetchOnWindowFocus: () => !isSettledRange(input.range, Date.now()),
    refetchIntervalInBackground: true,
    retry: 1,
  });
}

export function useMetricsView(input: MetricsViewInput, enabled = true) {
  return useQuery(metricsViewQuery(input, enabled));
}

/** Why auto-refresh is not running although the view asks for it, for the refresh indicator; undefined when it runs. */
export function refreshPausedReason(
  range: TimeRange,
  refresh: RefreshInterval,
  now: number,
): string | undefined {
  if (!refreshIntervalMs(refresh)) return undefined;
  return isSettledRange(range, now)
    ? "Auto-refresh paused: the range is entirely in the past, so its data no longer changes"
    : undefined;
}
