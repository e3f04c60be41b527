"use client";

import { keepPreviousData, useQueries, type UseQueryResult } from "@tanstack/react-query";
import type { DashboardVariable, Widget } from "@/lib/dashboards/model";
import type { MetricsQueryResponse } from "@/lib/metrics/query-request";
import { refreshIntervalMs, type RefreshInterval, type TimeRange } from "@/lib/time";
import { api } from "./api";

// The metric widgets of a view, one request per account/Region group (see scopeGroups). The previous result
// stays on screen while a refresh runs or fails (shown as stale), so a wall display never blanks because of
// one bad refresh.

export const MAX_WIDGETS_PER_CALL = 100;

export interface MetricsViewInput {
  widgets: Widget[];
  range: TimeRange;
  widths: Record<string, number>;
  variables: DashboardVariable[];
  variableValues: Record<string, string>;
  refresh: RefreshInterval;
}

async function fetchAll(input: MetricsViewInput, signal: AbortSignal): Promise<MetricsQueryResponse> {
  const chunks: Widget[][] = [];
  for (let i = 0; i < input.widgets.length; i += MAX_WIDGETS_PER_CALL)
    chunks.push(input.widgets.slice(i, i + MAX_WIDGETS_PER_CALL));
  const responses = await Promise.all(
    chunks.map((widgets) =>
      api<MetricsQueryResponse>("/api/metrics/query", {
        body: {
          range: input.range,
          widgets,
          widths: input.widths,
          variables: input.variables,
          variableValues: input.variableValues,
        },
        signal,
      }),
    ),
  );
  const first = responses[0];
  if (!first) throw new Error("no metric widgets");
  return { ...first, panels: responses.flatMap((r) => r.panels) };
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
    if (last && last.length < MAX_WIDGETS_PER_CALL) last.push(widget);
    else chunks.push([widget]);
    groups.set(key, chunks);
  }
  return [...groups.values()].flat();
}

export function useMetricsView(input: MetricsViewInput, enabled = true) {
  const metricWidgets = input.widgets.filter((w) => "metrics" in w);
  const groups = scopeGroups(metricWidgets);
  return useQueries({
    queries: groups.map((widgets) => ({
      queryKey: ["metrics", widgets, input.range, input.widths, input.variables, input.variableValues],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchAll({ ...input, widgets }, signal),
      enabled: enabled && widgets.length > 0,
      placeholderData: keepPreviousData,
      refetchInterval: refreshIntervalMs(input.refresh) || false,
      refetchIntervalInBackground: true,
      retry: 1,
    })),
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
    refetch: () => Promise.all(results.map((r) => r.refetch())),
  };
}
