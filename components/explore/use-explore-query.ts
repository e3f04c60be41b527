"use client";

import { useMemo } from "react";
import { paletteColor } from "@/lib/charts/colors";
import { describeSeries, type ChartSeries } from "@/lib/charts/series-model";
import { useMetricsView } from "@/lib/client/metrics";
import { requestWidth, type QueryProblemJson as QueryProblem } from "@/lib/contracts/metrics-query";
import type { ExploreState } from "@/lib/explore/explore-state";
import { exploreQueryIndex, exploreWidget } from "@/lib/explore/explore-widget";

// The explorer's graph data: its one widget through POST /api/metrics/query, with AWS's problems sorted into
// those of one metric (shown on that metric's row) and those of the whole graph.

export const EXPLORE_WIDGET_ID = "explore";

export function useExploreQuery(state: ExploreState, width: number) {
  const widget = useMemo(() => exploreWidget(state, EXPLORE_WIDGET_ID), [state]);
  const widthPx = requestWidth(width);
  const view = useMetricsView(
    {
      widgets: widget ? [widget] : [],
      range: state.range,
      widths: { [EXPLORE_WIDGET_ID]: widthPx },
      variables: [],
      variableValues: {},
      refresh: state.refresh,
    },
    widthPx > 0,
  );
  const panel = widget ? view.data?.panels.find((p) => p.key === EXPLORE_WIDGET_ID) : undefined;

  const series: ChartSeries[] = useMemo(
    () => (panel && widget ? describeSeries(panel.series, widget.metrics) : []),
    [panel, widget],
  );
  const { problemsByMetric, graphProblems } = useMemo(() => {
    const byMetric = new Map<number, QueryProblem[]>();
    const graph: QueryProblem[] = [];
    for (const problem of panel?.errors ?? []) {
      const index = problem.queryId === undefined ? -1 : exploreQueryIndex(problem.queryId);
      if (index >= 0 && index < state.metrics.length)
        byMetric.set(index, [...(byMetric.get(index) ?? []), problem]);
      else graph.push(problem);
    }
    return { problemsByMetric: byMetric, graphProblems: graph };
  }, [panel, state.metrics.length]);

  return {
    series,
    // Every query is drawn, so palette slots follow metric order (as describeSeries assigns them).
    colors: state.metrics.map((_, index) => paletteColor(index)),
    problemsByMetric,
    graphProblems,
    warnings: panel?.warnings ?? [],
    period: panel?.period,
    range: view.data?.range,
    isFetching: view.isFetching,
    isPlaceholderData: view.isPlaceholderData,
    error: view.error,
    refetch: view.refetch,
  };
}

export type ExploreQuery = ReturnType<typeof useExploreQuery>;
