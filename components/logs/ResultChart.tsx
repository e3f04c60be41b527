"use client";

import { useMemo } from "react";
import { PieWidgetBody, TimeSeriesChart } from "@/components/charts/lazy-charts";
import { BarWidgetBody } from "@/components/widgets/BarWidgetBody";
import { resultChart, statsGroupFields } from "@/lib/logs/result-chart";
import type { TimeZoneSetting } from "@/lib/time";
import styles from "./logs.module.css";

export type LogsChartView = "line" | "stacked" | "bar" | "pie";

export interface ResultChartProps {
  rows: readonly Record<string, string>[];
  fields: readonly string[];
  query: string;
  view: LogsChartView;
  range: { start: number; end: number };
  timezone: TimeZoneSetting;
  onZoom?: (start: number, end: number) => void;
  className?: string;
}

/** A stats result drawn with the metric widgets' chart components. */
export function ResultChart({
  rows,
  fields,
  query,
  view,
  range,
  timezone,
  onZoom,
  className,
}: ResultChartProps) {
  const model = useMemo(() => resultChart(rows, fields, statsGroupFields(query)), [rows, fields, query]);
  if (model.kind === "none") return <p className={styles.muted}>{model.reason}</p>;
  if (model.kind === "time") {
    if (view === "pie") {
      return <p className={styles.muted}>A pie needs stats by a field (not by bin()); showing nothing.</p>;
    }
    return (
      <div className={className ?? styles.chart} data-testid="logs-chart">
        <TimeSeriesChart
          kind={view === "stacked" ? "area" : view === "bar" ? "bar" : "line"}
          series={model.series}
          range={range}
          timezone={timezone}
          legend="bottom"
          {...(onZoom ? { onZoom } : {})}
        />
      </div>
    );
  }
  return (
    <div className={className ?? styles.chart} data-testid="logs-chart">
      {view === "pie" ? (
        <PieWidgetBody items={model.items} showLabels legend="right" />
      ) : (
        <BarWidgetBody items={model.items} />
      )}
    </div>
  );
}
