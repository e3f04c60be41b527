import { DEFAULT_STAT, type MetricWidget, type Query } from "../model";
import { viewForWidgetType } from "./widget-views";
import { mergeDefined, withoutUndefined, type JsonObject } from "@/lib/cloudwatch-body/json";
import { writeMetricRows, type ExpandedRow } from "@/lib/cloudwatch-body/metric-rows";
import { assignQueryIds } from "@/lib/cloudwatch-body/query-ids";

export interface ExportOptions {
  /** Use "." / "..." shorthand like the console does (default true). */
  compact?: boolean;
  /** Alarm ARNs each alarm status widget with a Watchwall selector resolves to now (by widget id). */
  resolvedAlarms?: Readonly<Record<string, readonly string[]>>;
}

function referencedIds(queries: readonly Query[]): Set<string> {
  const text = queries.flatMap((q) => (q.kind === "expression" ? [q.expression] : [])).join("\n");
  return new Set(
    queries.map((q) => q.id).filter((id) => new RegExp(`(?<![A-Za-z0-9_])${id}(?![A-Za-z0-9_])`).test(text)),
  );
}

/**
 * Ids that may be left out: not used by any expression, and regenerated identically when the rows are read back
 * (generated ids are positional, so this is checked rather than assumed).
 */
function omittableIds(queries: readonly Query[]): Set<number> {
  const referenced = referencedIds(queries);
  const candidates = new Set(queries.flatMap((q, i) => (referenced.has(q.id) ? [] : [i])));
  const regenerated = assignQueryIds(
    queries.map((q, i) => ({ kind: q.kind, id: candidates.has(i) ? undefined : q.id })),
  );
  return regenerated.every((id, i) => id === queries[i]?.id) ? candidates : new Set();
}

function rowFor(query: Query, widgetStat: string, keepId: boolean): ExpandedRow {
  const common = {
    id: keepId ? query.id : undefined,
    label: query.label,
    period: query.period,
    color: query.color,
    yAxis: query.yAxis,
    visible: query.visible ? undefined : false,
    region: query.region,
    accountId: query.accountId,
  };
  if (query.kind === "expression") {
    return {
      kind: "expression",
      options: mergeDefined(query.extra, { expression: query.expression, ...common }),
    };
  }
  const tokens = [query.namespace, query.metricName, ...query.dimensions.flatMap((d) => [d.name, d.value])];
  const stat = query.stat === widgetStat ? undefined : query.stat;
  return { kind: "metric", tokens, options: mergeDefined(query.extra, { ...common, stat }) };
}

export function exportMetricRows(widget: MetricWidget, options: ExportOptions): unknown[][] {
  const omit = omittableIds(widget.metrics);
  const widgetStat = widget.stat ?? DEFAULT_STAT;
  const rows = widget.metrics.map((q, i) => rowFor(q, widgetStat, !omit.has(i)));
  return writeMetricRows(rows, options.compact !== false);
}

function annotationList(
  items: ReadonlyArray<{ kind: "line" | "band" } & JsonObject> | undefined,
): unknown[] | undefined {
  return items?.map(({ kind, ...rest }) => (kind === "band" ? [rest.from, rest.to] : rest));
}

export function exportMetricProperties(widget: MetricWidget, options: ExportOptions): JsonObject {
  const extra: JsonObject = { ...widget.extra?.properties };
  // For time series the widget type decides stacking; a stale `stacked` from another view must not leak back.
  if (widget.type === "line" || widget.type === "area") delete extra.stacked;
  const annotations = widget.annotations
    ? withoutUndefined({
        ...widget.annotations,
        horizontal: annotationList(widget.annotations.horizontal),
        vertical: annotationList(widget.annotations.vertical),
      })
    : undefined;
  return mergeDefined(extra, {
    view: viewForWidgetType(widget.type),
    stacked: widget.type === "area" ? true : undefined,
    title: widget.title,
    region: widget.region,
    accountId: widget.accountId,
    stat: widget.stat,
    period: widget.period,
    metrics: widget.metrics.length ? exportMetricRows(widget, options) : undefined,
    legend: widget.legend,
    yAxis: widget.yAxis,
    annotations,
    liveData: widget.liveData,
    sparkline: widget.sparkline,
    trend: widget.trend,
    singleValueFullPrecision: widget.singleValueFullPrecision,
    setPeriodToTimeRange: widget.setPeriodToTimeRange,
    labels: widget.labels,
    table: widget.table,
    timezone: widget.timezone,
    start: widget.start,
    end: widget.end,
  });
}
