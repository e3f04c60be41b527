"use client";

import { keepPreviousData, queryOptions, useQueries, type UseQueryResult } from "@tanstack/react-query";
import {
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryResponse,
  type MetricsQueryResponse,
} from "@/lib/contracts/metrics-query";
import type { DashboardVariable, Widget } from "@/lib/dashboards/model";
import { isSettledRange, refreshIntervalMs, type RefreshInterval, type TimeRange } from "@/lib/time";
import { api } from "./api";

// The metric widgets of a view, one request per account/Region group (see scopeGroups). The previous result
// stays on screen while a refresh runs or fails (shown as stale), so a wall display never blanks because of
// one bad refresh.

export interface MetricsViewInput {
  widgets: Widget[];
  range: TimeRange;
  widths: Record<string, number>;
  variables: DashboardVariable[];
  variableValues: Record<string, string>;
  refresh: RefreshInterval;
  /** The dashboard's default account, read by widgets that name none. */
  defaultAccountId?: string;
  /** The saved dashboard the widgets are from (not while editing): wall screens and anonymous viewers must
   *  name it, and may only run its saved widgets. */
  dashboardId?: string;
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
          ...(input.dashboardId ? { dashboardId: input.dashboardId } : {}),
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
      input.dashboardId,
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

/**
 * Widgets grouped by the accounts and Regions their queries reach, so each group is its own request: a
 * widget appears as soon as its own data has arrived, and one slow account or Region delays only its widgets.
 * Queries are packed per account and Region on the server anyway, so this costs no extra AWS call.
 */
export function scopeGroups(widgets: readonly Widget[]): Widget[][] {
  const groups = new Map<string, Widget[][]>();
  for (const widget of widgets) {
    if (!("metrics" in widget)) continue;
    const scopes = new Set([
      `${widget.accountId ?? ""}|${widget.region}`,
      ...widget.metrics.map((q) => `${q.accountId ?? widget.accountId ?? ""}|${q.region ?? widget.region}`),
    ]);
    const key = [...scopes].sort().join(",");
    const chunks = groups.get(key) ?? [];
    const last = chunks.at(-1);
    if (last && last.length < MAX_WIDGETS_PER_REQUEST) last.push(widget);
    else chunks.push([widget]);
    groups.set(key, chunks);
  }
  return [...groups.values()].flat();
}

/**
 * `batches`: the widgets to fetch, grouped by when they came into view (the view mounts far-away widgets
 * only when scrolled near). Each batch is grouped by scope on its own, so a newly seen batch adds requests
 * without changing the earlier ones' keys. Absent: every widget, in one batch.
 */
export function useMetricsView(
  input: MetricsViewInput,
  enabled = true,
  batches: readonly (readonly Widget[])[] = [input.widgets],
) {
  const groups = batches.flatMap((batch) => scopeGroups(batch));
  return useQueries({
    queries: groups.map((widgets) => metricsViewQuery({ ...input, widgets }, enabled)),
    combine: combineViews,
  });
}

/** The groups' answers as one view: the panels that have arrived so far, and the state of the whole. */
function combineViews(results: Array<UseQueryResult<MetricsQueryResponse>>) {
  const withData = results.filter((r) => r.data !== undefined);
  const first = withData[0]?.data;
  const data: MetricsQueryResponse | undefined = first
    ? { ...first, panels: withData.flatMap((r) => r.data?.panels ?? []) }
    : undefined;
  const failed = results.find((r) => r.isError);
  const fetching = results.some((r) => r.isFetching);
  return {
    data,
    error: failed?.error ?? null,
    isError: failed !== undefined,
    isFetching: fetching,
    isPending: results.length > 0 && results.every((r) => r.isPending),
    isPlaceholderData: results.some((r) => r.isPlaceholderData),
    fetchStatus: fetching ? ("fetching" as const) : ("idle" as const),
    dataUpdatedAt: withData.length > 0 ? Math.min(...withData.map((r) => r.dataUpdatedAt)) : 0,
    refetch: (options?: { cancelRefetch?: boolean }) => Promise.all(results.map((r) => r.refetch(options))),
  };
}
