"use client";

import { useMemo, type ReactNode } from "react";
import { ResultChart } from "@/components/logs/ResultChart";
import { useLogWidgetRun } from "@/lib/client/logs";
import type { StartLogsQuery } from "@/lib/contracts/logs";
import type { DashboardVariable, LogsWidget } from "@/lib/dashboards/model";
import { resolveLogWidget, viewOfWidget } from "@/lib/logs/log-widget";
import { parseLogsTimestamp } from "@/lib/logs/result-chart";
import { formatDateTime, type TimeRange, type TimeZoneSetting } from "@/lib/time";
import { WidgetFrame } from "./WidgetFrame";
import styles from "./widgets.module.css";

/** [I] Rows a table widget draws; the rest are counted, not hidden silently. */
export const LOG_WIDGET_TABLE_ROWS = 200;

export interface LogWidgetViewProps {
  widget: LogsWidget;
  range: TimeRange;
  timezone: TimeZoneSetting;
  variables: readonly DashboardVariable[];
  variableValues: Readonly<Record<string, string>>;
  /** Account of a widget that names none: the dashboard's default (first registered) account. */
  defaultAccountId?: string;
  /** The saved dashboard the widget is on: wall screens and anonymous viewers must name it (and the widget). */
  dashboardId?: string;
  refreshMs: number;
  onZoom?: (start: number, end: number) => void;
  actions?: ReactNode;
}

/** A CloudWatch log widget: its Logs Insights query as a table or a line, stacked, bar or pie chart. */
export function LogWidgetView(props: LogWidgetViewProps) {
  const { widget, timezone } = props;
  const accountId = widget.accountId ?? props.defaultAccountId;
  const resolved = useMemo(
    () => resolveLogWidget(widget, props.variables, props.variableValues),
    [widget, props.variables, props.variableValues],
  );
  const otherLanguage = widget.queryLanguage && widget.queryLanguage !== "CWLI" ? widget.queryLanguage : null;
  const body: StartLogsQuery | null =
    !otherLanguage && accountId && resolved.groups.length > 0 && resolved.query
      ? {
          query: resolved.query,
          groups: resolved.groups.map((name) => ({ accountId, region: resolved.region, name })),
          mode: "groups",
          range: props.range,
          ...(props.dashboardId
            ? {
                dashboardId: props.dashboardId,
                widgetId: widget.id,
                variableValues: { ...props.variableValues },
              }
            : {}),
        }
      : null;
  const state = useLogWidgetRun(body, props.range.type === "relative" ? props.refreshMs : 0);
  const view = viewOfWidget(widget);
  const status = state.progress?.status;
  const running = status === "running" || status === "queued";
  const badges = (
    <span className={styles.period} data-testid="log-widget-status" data-status={status ?? "starting"}>
      {running ? "running…" : status === "complete" ? "" : (status ?? "")}
      {state.progress?.truncated ? " truncated" : ""}
    </span>
  );
  let content: ReactNode;
  if (otherLanguage) {
    content = (
      <p className={styles.message}>
        This widget&apos;s query is written in {otherLanguage}; Watchwall runs Logs Insights QL only. It is
        kept and exported unchanged.
      </p>
    );
  } else if (!body) {
    content = <p className={styles.message}>This log widget names no log group or query.</p>;
  } else if (state.error) {
    content = (
      <p className={styles.message} role="alert">
        {state.error.message}
      </p>
    );
  } else if (state.progress?.error && state.rows.length === 0) {
    content = (
      <p className={styles.message} role="alert">
        {state.progress.error}
      </p>
    );
  } else if (state.rows.length === 0 && (!state.progress || running)) {
    content = <p className={styles.message}>{running ? "Running: no rows yet…" : "Loading…"}</p>;
  } else if (view === "table") {
    const fields = state.fields.filter((f) => f !== "@ptr");
    const shown = state.rows.slice(0, LOG_WIDGET_TABLE_ROWS);
    content = (
      <div
        style={{ overflow: "auto", height: "100%", fontSize: 11, fontFamily: "var(--mono)" }}
        data-testid="log-widget-table"
      >
        <table style={{ borderCollapse: "collapse", width: "100%" }}>
          <thead>
            <tr>
              {fields.map((f) => (
                <th key={f} style={{ textAlign: "left", padding: "2px 6px" }}>
                  {f}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {fields.map((f) => {
                  const ms = f === "@timestamp" ? parseLogsTimestamp(row[f]) : null;
                  return (
                    <td key={f} style={{ padding: "2px 6px", whiteSpace: "nowrap" }}>
                      {ms !== null ? formatDateTime(ms, timezone, { seconds: true }) : row[f]}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {state.rows.length > shown.length ? (
          <p className={styles.message}>
            Showing {shown.length} of {state.rows.length} rows.
          </p>
        ) : null}
      </div>
    );
  } else {
    content = (
      <ResultChart
        rows={state.rows}
        fields={state.fields}
        query={resolved.query}
        view={view}
        range={state.ticket?.range ?? { start: 0, end: 0 }}
        timezone={timezone}
        className={styles.content}
        {...(props.onZoom ? { onZoom: props.onZoom } : {})}
      />
    );
  }
  return (
    <WidgetFrame id={widget.id} title={widget.title} badges={badges} actions={props.actions}>
      <div data-testid="log-widget" data-widget-id={widget.id} style={{ height: "100%" }}>
        {content}
      </div>
    </WidgetFrame>
  );
}
