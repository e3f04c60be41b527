import { MAX_METRICS_PER_WIDGET } from "./limits";
import { isValidPeriod, isValidStatistic } from "./statistics";
import {
  CLOUDWATCH_METRIC_VIEWS,
  LEGEND_POSITIONS,
  MESSAGES,
  METRIC_PROPERTY_KEYS,
  REQUIRE_REGION_FOR_QUERIES,
} from "./body-constants";
import type { Checker, Path } from "./checker";
import { isJsonObject, type JsonObject } from "./json";
import type { ExpandedRow } from "./metric-rows";
import { checkMetricRows } from "./validate-metric-rows";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function checkAnnotationItem(checker: Checker, item: unknown, at: Path, vertical: boolean): void {
  if (!isJsonObject(item)) {
    checker.error(at, MESSAGES.type("object"));
    return;
  }
  if (vertical) {
    const value = checker.string(item, "value", at, { required: true });
    if (value !== undefined && (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)))) {
      checker.error([...at, "value"], 'Should match format "date-time"');
    }
    checker.oneOf(item, "fill", at, ["before", "after", "none"]);
  } else {
    checker.number(item, "value", at, { required: true });
    checker.oneOf(item, "fill", at, ["above", "below", "none"]);
    checker.oneOf(item, "yAxis", at, ["left", "right"]);
  }
  checker.string(item, "label", at);
  checker.string(item, "color", at);
  checker.boolean(item, "visible", at);
}

function checkAnnotations(checker: Checker, annotations: JsonObject, at: Path): void {
  for (const [key, vertical] of [
    ["horizontal", false],
    ["vertical", true],
  ] as const) {
    const items = checker.array(annotations, key, at);
    items?.forEach((item, index) => {
      // A band is a two-element array of annotation objects.
      if (Array.isArray(item)) {
        const edges: readonly unknown[] = item;
        if (edges.length !== 2) checker.error([...at, key, index], "A band has exactly two edges");
        else edges.forEach((edge, e) => checkAnnotationItem(checker, edge, [...at, key, index, e], vertical));
      } else {
        checkAnnotationItem(checker, item, [...at, key, index], vertical);
      }
    });
  }
  checker.stringArray(annotations, "alarms", at);
}

function checkAxes(checker: Checker, yAxis: JsonObject, at: Path): void {
  for (const side of ["left", "right"]) {
    const axis = checker.object(yAxis, side, at);
    if (!axis) continue;
    const sideAt = [...at, side];
    checker.number(axis, "min", sideAt);
    checker.number(axis, "max", sideAt);
    checker.string(axis, "label", sideAt);
    checker.boolean(axis, "showUnits", sideAt);
  }
}

function checkDisplayOptions(checker: Checker, props: JsonObject, at: Path): void {
  for (const key of ["title", "region", "accountId", "timezone", "start", "end"])
    checker.string(props, key, at);
  for (const key of [
    "stacked",
    "liveData",
    "sparkline",
    "trend",
    "singleValueFullPrecision",
    "setPeriodToTimeRange",
  ]) {
    checker.boolean(props, key, at);
  }
  const stat = checker.string(props, "stat", at);
  if (stat !== undefined && !isValidStatistic(stat))
    checker.error([...at, "stat"], `Unknown statistic "${stat}"`);
  const period = checker.number(props, "period", at, { integer: true, min: 1 });
  if (period !== undefined && !isValidPeriod(period)) {
    checker.error([...at, "period"], "Period must be 1, 5, 10, 30 or a multiple of 60");
  }
  const legend = checker.object(props, "legend", at);
  if (legend) checker.oneOf(legend, "position", [...at, "legend"], LEGEND_POSITIONS);
  const labels = checker.object(props, "labels", at);
  if (labels) checker.boolean(labels, "visible", [...at, "labels"]);
  const table = checker.object(props, "table", at);
  if (table) {
    const tableAt = [...at, "table"];
    checker.oneOf(table, "layout", tableAt, ["horizontal", "vertical"]);
    checker.stringArray(table, "summaryColumns", tableAt);
    checker.boolean(table, "stickySummary", tableAt);
    checker.boolean(table, "showTimeSeriesData", tableAt);
  }
}

function checkGaugeRange(checker: Checker, props: JsonObject, at: Path): void {
  const yAxis = isJsonObject(props.yAxis) ? props.yAxis : undefined;
  const left = yAxis && isJsonObject(yAxis.left) ? yAxis.left : undefined;
  if (!yAxis) checker.error(at, MESSAGES.required("yAxis"));
  else if (!left) checker.error([...at, "yAxis"], MESSAGES.required("left"));
  else {
    for (const key of ["min", "max"])
      if (left[key] === undefined) checker.error([...at, "yAxis", "left"], MESSAGES.required(key));
  }
}

/** Checks a metric widget's `properties`; returns its expanded rows when they are valid. */
export function checkMetricWidget(checker: Checker, props: JsonObject, at: Path): ExpandedRow[] | undefined {
  const view = checker.oneOf(props, "view", at, CLOUDWATCH_METRIC_VIEWS) ?? "timeSeries";
  checkDisplayOptions(checker, props, at);
  const yAxis = checker.object(props, "yAxis", at);
  if (yAxis) checkAxes(checker, yAxis, [...at, "yAxis"]);
  if (view === "gauge") checkGaugeRange(checker, props, at);
  const annotations = checker.object(props, "annotations", at);
  if (annotations) checkAnnotations(checker, annotations, [...at, "annotations"]);
  checker.unexpectedKeys(props, METRIC_PROPERTY_KEYS, at, "metric widget properties");

  const hasAlarms = annotations !== undefined && Array.isArray(annotations.alarms);
  const rows = checker.array(props, "metrics", at, {
    required: !hasAlarms,
    maxItems: MAX_METRICS_PER_WIDGET,
  });
  // REQUIRE_REGION_FOR_QUERIES explains why only graphs with metrics need one; on import the caller's default fills in.
  const needsRegion = REQUIRE_REGION_FOR_QUERIES && checker.mode === "putDashboard";
  if (needsRegion && rows !== undefined && rows.length > 0 && props.region === undefined) {
    checker.error(at, MESSAGES.required("region"));
  }
  return rows ? checkMetricRows(checker, rows, [...at, "metrics"]) : [];
}
