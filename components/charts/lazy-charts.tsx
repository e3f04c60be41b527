"use client";

import dynamic from "next/dynamic";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./charts.module.css";

// The chart library (recharts) is the largest part of a dashboard's code, and a dashboard draws no chart
// before its first metrics answer. Loaded as its own chunk, it stays out of the first bundle, so the page
// hydrates (and asks for its metrics) sooner; preloadCharts starts the download alongside that request.

/** The benchmark counts a widget as drawn only once this is gone. */
function ChartLoading() {
  return <div className={styles.loading} data-testid={TEST_IDS.chartLoading} aria-busy />;
}

const loadTimeSeries = () => import("./TimeSeriesChart");
const loadPie = () => import("@/components/widgets/PieWidgetBody");

export const TimeSeriesChart = dynamic(() => loadTimeSeries().then((m) => m.TimeSeriesChart), {
  loading: ChartLoading,
});

export const PieWidgetBody = dynamic(() => loadPie().then((m) => m.PieWidgetBody), {
  loading: ChartLoading,
});

/** Starts downloading the chart code without drawing anything (idempotent: the module loads once). */
export function preloadCharts(): void {
  void loadTimeSeries();
  void loadPie();
}
