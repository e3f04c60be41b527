"use client";

import { useMemo, type ReactNode } from "react";
import type { MetricWidget } from "@/lib/dashboards/model";
import type { PanelJson, PanelScope } from "@/lib/contracts/metrics-query";
import { DEFAULT_SHOW_TREND } from "@/lib/charts/number-widget";
import { describeSeries, hasAnyPoint, type QueryDisplayOptions } from "@/lib/charts/series-model";
import { snapshotItems } from "@/lib/charts/snapshot";
import { TEST_IDS } from "@/lib/testing/test-ids";
import {
  describeQueryProblems,
  incompleteExpressions,
  staleBadgeText,
  widgetStatus,
} from "@/lib/widgets/widget-state";
import { formatTime, type TimeZoneSetting } from "@/lib/time";
import { PieWidgetBody, TimeSeriesChart } from "@/components/charts/lazy-charts";
import { BarWidgetBody } from "./BarWidgetBody";
import { GaugeWidgetBody } from "./GaugeWidgetBody";
import { NumberWidgetBody } from "./NumberWidgetBody";
import { TableWidgetBody } from "./TableWidgetBody";
import { WidgetFrame } from "./WidgetFrame";
import {
  ErrorPanel,
  IncompleteMathNotice,
  PartialFailureNotice,
  StaleBadge,
  WarningsNotice,
  WidgetMessage,
  WidgetSkeleton,
} from "./WidgetStatus";
import styles from "./widgets.module.css";

/** A panel as the view shows it; the period it was fetched at is shown by the frame, not here. */
type PanelResult = Omit<PanelJson, "period" | "reads">;

/**
 * [I] How a "bar" widget is drawn. CloudWatch's bar view shows one bar per metric (its latest value, or the
 * whole range with setPeriodToTimeRange); "over-time" draws bars along the time axis instead.
 */
export const BAR_WIDGET_RENDERING: "per-series" | "over-time" = "per-series";

export interface MetricWidgetViewProps {
  widget: MetricWidget;
  /** The latest result; undefined until the first one arrives. */
  result?: PanelResult;
  /** The whole request failed (network, server) and there is no result. */
  requestError?: string;
  /** When the latest refresh failed but older data is shown: when that data was fetched (epoch ms). */
  staleSince?: number;
  /** Why the refresh failed, shown in the stale badge's tooltip. */
  staleReason?: string;
  /** How old the stale data is relative to the refresh interval: amber, then red (kiosk "stale since …"). */
  staleLevel?: "amber" | "red";
  /** The widget's resolved time range in epoch ms. */
  range: { start: number; end: number };
  timezone: TimeZoneSetting;
  /** Period the data was fetched with, in seconds (shown in the header). */
  periodSeconds?: number;
  /** The accounts and Regions the widget reads (from the server's answer). */
  reads?: readonly PanelScope[];
  onZoom?: (startMs: number, endMs: number) => void;
  actions?: ReactNode;
  /** Size charts render at before they are measured (server rendering, tests). */
  initialSize?: { width: number; height: number };
}

function queryOptions(widget: MetricWidget): QueryDisplayOptions[] {
  return widget.metrics.map((q) => ({
    id: q.id,
    visible: q.visible,
    ...(q.color ? { color: q.color } : {}),
    ...(q.yAxis ? { yAxis: q.yAxis } : {}),
    ...(q.kind === "metric" ? { stat: q.stat || widget.stat } : {}),
  }));
}

/** A metric widget in any of its types and states: loading, error, empty, partial, stale, with warnings. */
export function MetricWidgetView(props: MetricWidgetViewProps) {
  const { widget, result, timezone } = props;
  const queries = useMemo(() => queryOptions(widget), [widget]);
  const series = useMemo(() => (result ? describeSeries(result.series, queries) : []), [result, queries]);
  const incomplete = useMemo(() => incompleteExpressions(result?.errors ?? []), [result]);
  const otherProblems = useMemo(
    () => (result?.errors ?? []).filter((p) => !incomplete.includes(p)),
    [result, incomplete],
  );
  const problems = useMemo(() => describeQueryProblems(otherProblems), [otherProblems]);
  const incompleteLines = useMemo(() => describeQueryProblems(incomplete), [incomplete]);
  const status = widgetStatus({
    loading: !result,
    hasResult: result !== undefined,
    seriesCount: series.length,
    hasPoints: hasAnyPoint(series),
    problems: result?.errors ?? [],
    needsEveryQuery: widget.type === "pie",
    ...(props.requestError !== undefined ? { requestError: props.requestError } : {}),
    ...(props.staleSince !== undefined ? { staleSince: props.staleSince } : {}),
  });
  const warnings = result?.warnings ?? [];
  const badge =
    status.stale && props.staleSince !== undefined ? (
      <StaleBadge
        text={
          props.staleLevel
            ? `stale since ${formatTime(props.staleSince, timezone, { seconds: true })}`
            : staleBadgeText(props.staleSince, timezone)
        }
        {...(props.staleReason ? { reason: props.staleReason } : {})}
        {...(props.staleLevel ? { level: props.staleLevel } : {})}
      />
    ) : null;

  const scopes = props.reads && props.reads.length > 0 ? <ReadsBadge reads={props.reads} /> : null;

  let body: ReactNode;
  if (status.state === "loading") body = <WidgetSkeleton />;
  else if (status.state === "error")
    body = (
      <ErrorPanel
        lines={[...incompleteLines, ...problems]}
        {...(props.requestError ? { requestError: props.requestError } : {})}
      />
    );
  else if (status.state === "empty") body = <WidgetMessage>No data in this time range</WidgetMessage>;
  else body = <MetricBody {...props} series={series} queries={queries} />;

  return (
    <WidgetFrame
      id={widget.id}
      {...(widget.title ? { title: widget.title } : {})}
      {...(props.periodSeconds !== undefined ? { periodSeconds: props.periodSeconds } : {})}
      badges={
        <>
          {scopes}
          {badge}
        </>
      }
      actions={props.actions}
    >
      <div
        className={styles.content}
        data-testid={TEST_IDS.widgetState}
        data-state={status.state}
        data-stale={status.stale ? "true" : "false"}
        aria-busy={status.state === "loading"}
      >
        <div className={styles.main}>{body}</div>
        {status.state === "partial" && incompleteLines.length > 0 && (
          <IncompleteMathNotice lines={incompleteLines} />
        )}
        {status.state === "partial" && problems.length > 0 && <PartialFailureNotice lines={problems} />}
        {warnings.length > 0 && status.state !== "loading" && <WarningsNotice warnings={warnings} />}
      </div>
    </WidgetFrame>
  );
}

/** Which accounts and Regions the widget reads: short on the frame, every one in the tooltip. */
function ReadsBadge({ reads }: { reads: readonly PanelScope[] }) {
  const names = reads.map((r) => `${r.accountName ?? r.accountId} (${r.accountId}) · ${r.region}`);
  const first = reads[0];
  const accounts = new Set(reads.map((r) => r.accountId)).size;
  const regions = new Set(reads.map((r) => r.region)).size;
  const short =
    reads.length === 1 && first
      ? `${first.accountName ?? first.accountId} · ${first.region}`
      : `${accounts} account${accounts === 1 ? "" : "s"} · ${regions} Region${regions === 1 ? "" : "s"}`;
  return (
    <span className={styles.badge} data-testid={TEST_IDS.widgetScopes} title={`Reads ${names.join("; ")}`}>
      {short}
    </span>
  );
}

interface MetricBodyProps extends MetricWidgetViewProps {
  series: ReturnType<typeof describeSeries>;
  queries: QueryDisplayOptions[];
}

function MetricBody({ widget, series, queries, range, timezone, onZoom, initialSize }: MetricBodyProps) {
  const wholeRange = widget.setPeriodToTimeRange === true;
  const fullPrecision = widget.singleValueFullPrecision === true;
  const legend = widget.legend?.position ?? "bottom";
  switch (widget.type) {
    case "number":
      return (
        <NumberWidgetBody
          series={series}
          queries={queries}
          wholeRange={wholeRange}
          showTrend={widget.trend ?? DEFAULT_SHOW_TREND}
          sparkline={widget.sparkline === true}
          fullPrecision={fullPrecision}
          range={range}
        />
      );
    case "gauge":
      return (
        <GaugeWidgetBody
          items={snapshotItems(series, queries, wholeRange)}
          axis={widget.yAxis?.left}
          annotations={widget.annotations?.horizontal}
          fullPrecision={fullPrecision}
        />
      );
    case "pie":
      return (
        <PieWidgetBody
          items={snapshotItems(series, queries, wholeRange)}
          showLabels={widget.labels?.visible === true}
          legend={legend}
          {...(initialSize ? { initialSize } : {})}
        />
      );
    case "table":
      return <TableWidgetBody series={series} options={widget.table} timezone={timezone} />;
    case "bar":
      if (BAR_WIDGET_RENDERING === "per-series")
        return <BarWidgetBody items={snapshotItems(series, queries, wholeRange)} />;
      return <TimeSeries kind="bar" {...{ widget, series, range, timezone, onZoom, initialSize, legend }} />;
    case "area":
      return <TimeSeries kind="area" {...{ widget, series, range, timezone, onZoom, initialSize, legend }} />;
    default:
      return <TimeSeries kind="line" {...{ widget, series, range, timezone, onZoom, initialSize, legend }} />;
  }
}

interface TimeSeriesProps {
  kind: "line" | "area" | "bar";
  widget: MetricWidget;
  series: ReturnType<typeof describeSeries>;
  range: { start: number; end: number };
  timezone: TimeZoneSetting;
  onZoom: ((startMs: number, endMs: number) => void) | undefined;
  initialSize: { width: number; height: number } | undefined;
  legend: "right" | "bottom" | "hidden";
}

function TimeSeries({ kind, widget, series, range, timezone, onZoom, initialSize, legend }: TimeSeriesProps) {
  return (
    <TimeSeriesChart
      kind={kind}
      series={series}
      range={range}
      timezone={timezone}
      legend={legend}
      {...(widget.yAxis ? { yAxis: widget.yAxis } : {})}
      {...(widget.annotations ? { annotations: widget.annotations } : {})}
      {...(onZoom ? { onZoom } : {})}
      {...(initialSize ? { initialSize } : {})}
    />
  );
}
