import { widgetTypeForView } from "./widget-views";
import { DEFAULT_STAT } from "../model";
import {
  EXPRESSION_ROW_KEYS,
  METRIC_PROPERTY_KEYS,
  METRIC_ROW_OPTION_KEYS,
  type CloudWatchMetricView,
} from "@/lib/cloudwatch-body/body-constants";
import { isJsonObject, unknownKeys, withoutUndefined, type JsonObject } from "@/lib/cloudwatch-body/json";
import type { ExpandedRow } from "@/lib/cloudwatch-body/metric-rows";
import { assignQueryIds } from "@/lib/cloudwatch-body/query-ids";

function commonQueryFields(options: JsonObject, id: string, handled: ReadonlySet<string>): JsonObject {
  return withoutUndefined({
    id,
    label: options.label,
    period: options.period,
    color: options.color,
    yAxis: options.yAxis,
    visible: options.visible ?? true,
    accountId: options.accountId,
    region: options.region,
    extra: unknownKeys(options, handled),
  });
}

/** Expanded rows → queries, with generated ids and the widget's default statistic applied. */
export function queriesFromRows(rows: readonly ExpandedRow[], widgetStat: string | undefined): JsonObject[] {
  const ids = assignQueryIds(
    rows.map((row) => ({
      kind: row.kind,
      id: typeof row.options.id === "string" ? row.options.id : undefined,
    })),
  );
  return rows.map((row, index) => {
    const id = ids[index] ?? "";
    if (row.kind === "expression") {
      return {
        kind: "expression",
        expression: row.options.expression,
        ...commonQueryFields(row.options, id, EXPRESSION_ROW_KEYS),
      };
    }
    const [namespace, metricName, ...pairs] = row.tokens;
    const dimensions: JsonObject[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) dimensions.push({ name: pairs[i], value: pairs[i + 1] });
    return {
      kind: "metric",
      namespace,
      metricName,
      dimensions,
      stat: row.options.stat ?? widgetStat ?? DEFAULT_STAT,
      ...commonQueryFields(row.options, id, METRIC_ROW_OPTION_KEYS),
    };
  });
}

function annotationList(items: unknown): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item: unknown) => {
    if (Array.isArray(item)) return { kind: "band", from: item[0], to: item[1] };
    return isJsonObject(item) ? { ...item, kind: "line" } : item;
  });
}

function importAnnotations(annotations: unknown): unknown {
  if (!isJsonObject(annotations)) return annotations;
  const copy: JsonObject = { ...annotations };
  if ("horizontal" in copy) copy.horizontal = annotationList(copy.horizontal);
  if ("vertical" in copy) copy.vertical = annotationList(copy.vertical);
  return copy;
}

export interface MetricWidgetImport {
  fields: JsonObject;
  propertiesExtra?: JsonObject;
}

/** The metric-specific part of a widget; `region`/`accountId` already resolved by the caller. */
export function importMetricFields(
  props: JsonObject,
  rows: readonly ExpandedRow[],
  view: CloudWatchMetricView,
): MetricWidgetImport {
  const stacked = props.stacked === true;
  const type = widgetTypeForView(view, stacked);
  let propertiesExtra = unknownKeys(props, METRIC_PROPERTY_KEYS);
  // `stacked` only means something for time series; elsewhere keep it verbatim for export.
  if (view !== "timeSeries" && props.stacked !== undefined)
    propertiesExtra = { ...propertiesExtra, stacked: props.stacked };
  const widgetStat = typeof props.stat === "string" ? props.stat : undefined;
  const fields = withoutUndefined({
    type,
    stat: widgetStat,
    period: props.period,
    metrics: queriesFromRows(rows, widgetStat),
    legend: props.legend,
    yAxis: props.yAxis,
    annotations: importAnnotations(props.annotations),
    liveData: props.liveData,
    sparkline: props.sparkline,
    trend: props.trend,
    singleValueFullPrecision: props.singleValueFullPrecision,
    setPeriodToTimeRange: props.setPeriodToTimeRange,
    labels: props.labels,
    table: props.table,
    timezone: props.timezone,
    start: props.start,
    end: props.end,
  });
  return { fields, propertiesExtra };
}
