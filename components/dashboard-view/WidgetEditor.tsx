"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { LogGroupLinksField } from "@/components/logs/LogGroupLinksField";
import { viewLogsGroups } from "@/components/logs/ViewLogsLink";
import { MetricBrowser } from "@/components/metric-browser/MetricBrowser";
import { MetricWidgetView } from "@/components/widgets/MetricWidgetView";
import { TextWidgetView } from "@/components/widgets/TextWidgetView";
import { Dialog } from "@/components/ui/Dialog";
import { useMetricsView } from "@/lib/client/metrics";
import { addExpression, addMetric, widgetProblems } from "@/lib/client/widget-draft";
import {
  isMetricWidget,
  METRIC_WIDGET_TYPES,
  PERIOD_CHOICES_SECONDS,
  type MetricWidget,
  type Widget,
} from "@/lib/dashboards/model";
import type { TimeRange, TimeZoneSetting } from "@/lib/time";
import { QueryRows } from "./QueryRows";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";
import { TEST_IDS } from "@/lib/testing/test-ids";

/** Before the first response there is no resolved range; widgets show their loading state meanwhile. */
const NO_RANGE_YET = { start: 0, end: 0 };

const TYPE_LABELS: Record<string, string> = {
  line: "Line",
  area: "Stacked area",
  bar: "Bar",
  number: "Number",
  gauge: "Gauge",
  pie: "Pie",
  table: "Table",
};
/** 0 stands for "auto". */
const PERIODS = [0, ...PERIOD_CHOICES_SECONDS];

function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function MetricOptions({ widget, onChange }: { widget: MetricWidget; onChange: (w: MetricWidget) => void }) {
  const left = widget.yAxis?.left ?? {};
  const threshold = widget.annotations?.horizontal?.find((a) => a.kind === "line");
  return (
    <div className={styles.row}>
      <label className={styles.field}>
        Y min
        <input
          className={styles.input}
          style={{ width: 70 }}
          value={left.min ?? ""}
          onChange={(e) =>
            onChange({
              ...widget,
              yAxis: { ...widget.yAxis, left: { ...left, min: numberOrUndefined(e.target.value) } },
            })
          }
        />
      </label>
      <label className={styles.field}>
        Y max
        <input
          className={styles.input}
          style={{ width: 70 }}
          value={left.max ?? ""}
          onChange={(e) =>
            onChange({
              ...widget,
              yAxis: { ...widget.yAxis, left: { ...left, max: numberOrUndefined(e.target.value) } },
            })
          }
        />
      </label>
      <label className={styles.field}>
        Y label
        <input
          className={styles.input}
          style={{ width: 90 }}
          value={left.label ?? ""}
          onChange={(e) =>
            onChange({
              ...widget,
              yAxis: { ...widget.yAxis, left: { ...left, label: e.target.value || undefined } },
            })
          }
        />
      </label>
      <label className={styles.field}>
        Threshold line
        <input
          className={styles.input}
          style={{ width: 80 }}
          value={threshold && threshold.kind === "line" ? threshold.value : ""}
          onChange={(e) => {
            const value = numberOrUndefined(e.target.value);
            const others = (widget.annotations?.horizontal ?? []).filter((a) => a !== threshold);
            const horizontal =
              value === undefined
                ? others
                : [{ kind: "line" as const, value, label: "threshold", color: "#f85149" }, ...others];
            onChange({ ...widget, annotations: { ...widget.annotations, horizontal } });
          }}
        />
      </label>
      <label className={styles.field}>
        Legend
        <select
          className={styles.input}
          value={widget.legend?.position ?? "bottom"}
          onChange={(e) =>
            onChange({
              ...widget,
              legend: {
                position:
                  e.target.value === "right" ? "right" : e.target.value === "hidden" ? "hidden" : "bottom",
              },
            })
          }
        >
          <option value="bottom">bottom</option>
          <option value="right">right</option>
          <option value="hidden">hidden</option>
        </select>
      </label>
      {(widget.type === "number" || widget.type === "pie" || widget.type === "bar") && (
        <label className={styles.field}>
          <span>
            <input
              type="checkbox"
              checked={widget.setPeriodToTimeRange ?? false}
              onChange={(e) => onChange({ ...widget, setPeriodToTimeRange: e.target.checked || undefined })}
            />{" "}
            whole range
          </span>
        </label>
      )}
      {widget.type === "number" && (
        <>
          <label className={styles.field}>
            <span>
              <input
                type="checkbox"
                checked={widget.sparkline ?? false}
                onChange={(e) => onChange({ ...widget, sparkline: e.target.checked || undefined })}
              />{" "}
              sparkline
            </span>
          </label>
          <label className={styles.field}>
            <span>
              <input
                type="checkbox"
                checked={widget.trend ?? true}
                onChange={(e) => onChange({ ...widget, trend: e.target.checked })}
              />{" "}
              trend
            </span>
          </label>
        </>
      )}
    </div>
  );
}

function MetricWidgetEditor({
  widget,
  onChange,
  range,
  timezone,
  defaultAccountId,
}: {
  widget: MetricWidget;
  onChange: (w: MetricWidget) => void;
  range: TimeRange;
  timezone: TimeZoneSetting;
  defaultAccountId?: string;
}) {
  const problems = useMemo(() => widgetProblems(widget), [widget]);
  // Where the metric browser looks: starts at the widget's account and Region, then follows the user.
  const [scope, setScope] = useState<{ accountId?: string; region: string }>({
    accountId: widget.accountId ?? defaultAccountId,
    region: widget.region,
  });
  const deferred = useDeferredValue(widget);
  const preview = useMetricsView(
    {
      widgets: [deferred],
      range,
      widths: { [deferred.id]: 600 },
      variables: [],
      variableValues: {},
      refresh: "off",
      ...(defaultAccountId ? { defaultAccountId } : {}),
    },
    problems.length === 0 && deferred.metrics.length > 0,
  );
  const panel = preview.data?.panels[0];
  return (
    <>
      <div className={styles.form}>
        <div className={styles.row}>
          <label className={styles.field}>
            Title
            <input
              className={styles.input}
              aria-label="Widget title"
              value={widget.title ?? ""}
              onChange={(e) => onChange({ ...widget, title: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            Type
            <select
              className={styles.input}
              aria-label="Widget type"
              value={widget.type}
              onChange={(e) =>
                onChange({
                  ...widget,
                  type: METRIC_WIDGET_TYPES.find((t) => t === e.target.value) ?? widget.type,
                })
              }
            >
              {METRIC_WIDGET_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t] ?? t}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Region
            <input
              className={styles.input}
              style={{ width: 130 }}
              aria-label="Widget Region"
              value={widget.region}
              onChange={(e) => onChange({ ...widget, region: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            Period
            <select
              className={styles.input}
              aria-label="Widget period"
              value={widget.period ?? 0}
              onChange={(e) => onChange({ ...widget, period: Number(e.target.value) || undefined })}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {p === 0 ? "auto" : p < 3600 ? `${p / 60} min` : p < 86400 ? `${p / 3600} h` : "1 day"}
                </option>
              ))}
            </select>
          </label>
        </div>
        <MetricOptions widget={widget} onChange={onChange} />
        <LogGroupLinksField
          label="Log groups for “View logs” (comma separated; empty: derived)"
          value={widget.logGroupLinks}
          fallback={viewLogsGroups({ ...widget, logGroupLinks: undefined })}
          onChange={(groups) => onChange({ ...widget, logGroupLinks: groups })}
          className={styles.field}
          inputClassName={styles.input}
        />
        <QueryRows widget={widget} problems={problems} onChange={onChange} />
        <div className={styles.row}>
          <button type="button" className={viewStyles.button} onClick={() => onChange(addExpression(widget))}>
            Add Metric Math expression
          </button>
        </div>
        {problems
          .filter((p) => !p.queryId)
          .map((p, i) => (
            <p key={i} className={styles.problem} role="alert">
              {p.message}
            </p>
          ))}
        <div className={styles.browser}>
          <MetricBrowser
            region={scope.region}
            accountId={scope.accountId}
            onScopeChange={setScope}
            onSelect={(choice) => onChange(addMetric(widget, choice, widget.accountId ?? defaultAccountId))}
          />
        </div>
      </div>
      <div className={styles.preview} data-testid={TEST_IDS.widgetPreview}>
        <MetricWidgetView
          widget={widget}
          result={panel}
          requestError={preview.error instanceof Error ? preview.error.message : undefined}
          range={preview.data?.range ?? NO_RANGE_YET}
          timezone={timezone}
          periodSeconds={panel?.period.period}
        />
        {problems.length > 0 && (
          <p className={styles.problem}>Fix the problems on the left to see the preview.</p>
        )}
      </div>
    </>
  );
}

export function WidgetEditor({
  widget: initial,
  range,
  timezone,
  onApply,
  onCancel,
  defaultAccountId,
}: {
  widget: Widget;
  range: TimeRange;
  timezone: TimeZoneSetting;
  /** The dashboard's default account: what the widget reads when it names none. */
  defaultAccountId?: string;
  onApply: (widget: Widget) => void;
  onCancel: () => void;
}) {
  const [widget, setWidget] = useState<Widget>(initial);
  const problems = useMemo(() => widgetProblems(widget), [widget]);
  return (
    <Dialog
      title="Edit widget"
      onClose={onCancel}
      size="large"
      actions={
        <>
          <button
            type="button"
            className={`${viewStyles.button} ${viewStyles.primary}`}
            disabled={problems.length > 0}
            onClick={() => onApply(widget)}
          >
            Apply
          </button>
          <button type="button" className={viewStyles.button} onClick={onCancel}>
            Cancel
          </button>
        </>
      }
    >
      {isMetricWidget(widget) ? (
        <MetricWidgetEditor
          widget={widget}
          onChange={setWidget}
          range={range}
          timezone={timezone}
          {...(defaultAccountId ? { defaultAccountId } : {})}
        />
      ) : widget.type === "text" ? (
        <>
          <label className={styles.field}>
            Markdown
            <textarea
              className={`${styles.input} ${styles.mono}`}
              rows={12}
              aria-label="Markdown"
              value={widget.markdown}
              onChange={(e) => setWidget({ ...widget, markdown: e.target.value })}
            />
          </label>
          <TextWidgetView widget={widget} />
        </>
      ) : (
        <p className={styles.full}>
          This widget type cannot be edited in Watchwall; it is kept and exported unchanged.
        </p>
      )}
    </Dialog>
  );
}
