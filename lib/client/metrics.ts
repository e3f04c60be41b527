"use client";

import { keepPreviousData, queryOptions, useQueries, type UseQueryResult } from "@tanstack/react-query";
import {
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryResponse,
  type MetricsQueryResponse,
} from "@/lib/contracts/metrics-query";
import type { Widget } from "@/lib/dashboards/model";
import { isSettledRange, refreshIntervalMs, type RefreshInterval, type TimeRange } from "@/lib/time";
import { api } from "./api";
import { metricsKeys, metricsRequestBody, viewGroups, type MetricsViewInput } from "./metrics-view";

// The metric widgets of a view, one request per account/Region group (see scopeGroups). The previous result
// stays on screen while a refresh runs or fails (shown as stale), so a wall display never blanks because of
// one bad refresh.

export { metricsKeys, scopeGroups, type MetricsViewInput } from "./metrics-view";

/** [I] Data of a live range this young is not fetched again when a view mounts (e.g. the answers the page's
 *  HTML came with); refreshes still run on the view's interval and on pushed "new data". */
export const LIVE_FRESH_MS = 5_000;

async function fetchAll(input: MetricsViewInput, signal: AbortSignal): Promise<MetricsQueryResponse> {
  const chunks: Widget[][] = [];
  for (let i = 0; i < input.widgets.length; i += MAX_WIDGETS_PER_REQUEST)
    chunks.push(input.widgets.slice(i, i + MAX_WIDGETS_PER_REQUEST));
  const responses = await Promise.all(
    chunks.map((widgets) =>
      api("/api/metrics/query", metricsQueryResponse, {
        body: metricsRequestBody(input, widgets),
        signal,
      }),
    ),
  );
  const first = responses[0];
  if (!first) throw new Error("no metric widgets");
  return { ...first, panels: responses.flatMap((r) => r.panels) };
}

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
    staleTime: () => (isSettledRange(input.range, Date.now()) ? Number.POSITIVE_INFINITY : LIVE_FRESH_MS),
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
 * `batches`: the widgets to fetch, grouped by when they came into view (the view mounts far-away widgets
 * only when scrolled near). Each batch is grouped by scope on its own, so a newly seen batch adds requests
 * without changing the earlier ones' keys. Absent: every widget, in one batch.
 */
export function useMetricsView(
  input: MetricsViewInput,
  enabled = true,
  batches: readonly (readonly Widget[])[] = [input.widgets],
) {
  const groups = viewGroups(batches);
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
