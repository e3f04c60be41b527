"use client";

import type { Ref } from "react";
import type { ChartSeries } from "@/lib/charts/series-model";
import { ErrorNotice } from "@/components/metric-browser/ErrorNotice";
import { TimeSeriesChart } from "@/components/charts/lazy-charts";
import type { TimeZoneSetting } from "@/lib/time";
import { periodLabel } from "./ExploreToolbar";
import type { ExploreQuery } from "./use-explore-query";
import styles from "./explore.module.css";

/** [I] Height of the explorer's graph in pixels. */
export const EXPLORE_CHART_HEIGHT = 360;

interface ExploreGraphProps {
  query: ExploreQuery;
  width: number;
  hasMetrics: boolean;
  timezone: TimeZoneSetting;
  onZoom: (startMs: number, endMs: number) => void;
  ref: Ref<HTMLDivElement>;
}

function hasPoints(series: readonly ChartSeries[]): boolean {
  return series.some((s) => s.values.some(Number.isFinite));
}

function GraphBody({ query, width, hasMetrics, timezone, onZoom }: Omit<ExploreGraphProps, "ref">) {
  if (!hasMetrics) {
    return <p className={styles.placeholder}>Choose metrics in the browser to graph them here.</p>;
  }
  if (query.error && !query.range) {
    return (
      <ErrorNotice
        title="Could not load the graph"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.range || width === 0) {
    return <p className={styles.placeholder}>Loading data…</p>;
  }
  return (
    <>
      <div style={{ height: EXPLORE_CHART_HEIGHT }}>
        <TimeSeriesChart
          kind="line"
          series={query.series}
          range={query.range}
          timezone={timezone}
          legend="bottom"
          onZoom={onZoom}
          initialSize={{ width, height: EXPLORE_CHART_HEIGHT }}
        />
      </div>
      {!query.isFetching && !hasPoints(query.series) && (
        <p className={styles.overlay}>No data points in this time range.</p>
      )}
    </>
  );
}

export function ExploreGraph({ ref, ...props }: ExploreGraphProps) {
  const { query, hasMetrics } = props;
  return (
    <div className={styles.graph}>
      {hasMetrics && query.error && query.range && (
        <ErrorNotice title="The last refresh failed; showing earlier data" error={query.error} />
      )}
      {hasMetrics &&
        query.graphProblems.map((p, i) => (
          <div key={i} className={styles.formError} role="alert">
            <strong>
              AWS refused {p.accountId ? `account ${p.accountId}` : "the request"}
              {p.region ? ` in ${p.region}` : ""}:
            </strong>{" "}
            {p.failure.code ? `${p.failure.code}: ` : ""}
            {p.failure.message}
          </div>
        ))}
      <div
        ref={ref}
        className={styles.chartBox}
        style={{ minHeight: EXPLORE_CHART_HEIGHT }}
        data-testid="explore-chart"
        aria-busy={query.isFetching}
        data-stale={query.isPlaceholderData || undefined}
      >
        <GraphBody {...props} />
      </div>
      {hasMetrics && (query.period || query.warnings.length > 0) && (
        <div className={styles.caption}>
          {query.period && (
            <span title={query.period.reason}>
              Period: {periodLabel(query.period.period)} ({query.period.reason})
            </span>
          )}
          {query.warnings.map((w) => (
            <span key={w} className={styles.warning}>
              {w}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
