import {
  DEFAULT_WIDGET_HEIGHT,
  DEFAULT_WIDGET_WIDTH,
  GRID_COLUMNS,
  layoutWidgets,
  parseLogWidgetQuery,
} from "../model";
import {
  ALARM_PROPERTY_KEYS,
  LOG_PROPERTY_KEYS,
  TEXT_PROPERTY_KEYS,
  WIDGET_KEYS,
} from "@/lib/cloudwatch-body/body-constants";
import { classifyWidget } from "@/lib/cloudwatch-body/classify-widget";
import { importMetricFields } from "./import-metric-widget";
import { isJsonObject, unknownKeys, withoutUndefined, type JsonObject } from "@/lib/cloudwatch-body/json";
import { expandMetricRows } from "@/lib/cloudwatch-body/metric-rows";

export interface ImportIssue {
  /** JSON pointer into the CloudWatch body, like PutDashboard's dataPath. */
  path: string;
  message: string;
}

export interface ImportOptions {
  /** Region for widgets that do not name one (CloudWatch uses the console's Region). */
  defaultRegion: string;
  /** Account the dashboard came from; recorded as the dashboard's default account. */
  defaultAccountId?: string;
}

function integer(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/** Grid positions for every widget, auto-placing those without x/y the way CloudWatch does. */
function positions(widgets: readonly JsonObject[]): JsonObject[] {
  const rects = layoutWidgets(
    widgets.map((widget) => ({
      x: integer(widget.x),
      y: integer(widget.y),
      w: integer(widget.width) ?? DEFAULT_WIDGET_WIDTH,
      h: integer(widget.height) ?? DEFAULT_WIDGET_HEIGHT,
    })),
  );
  // A widget running past the last column is narrowed (the body check has already warned about it).
  return rects.map((rect) => ({ ...rect, w: Math.min(rect.w, GRID_COLUMNS - rect.x) }));
}

function propertiesOf(widget: JsonObject): JsonObject {
  return isJsonObject(widget.properties) ? widget.properties : {};
}

function extraOf(widget: JsonObject, propertiesExtra: JsonObject | undefined): JsonObject | undefined {
  const extra = withoutUndefined({ widget: unknownKeys(widget, WIDGET_KEYS), properties: propertiesExtra });
  return Object.keys(extra).length ? extra : undefined;
}

function importOne(
  widget: JsonObject,
  index: number,
  opts: ImportOptions,
  warnings: ImportIssue[],
): JsonObject {
  const props = propertiesOf(widget);
  const title = typeof props.title === "string" ? props.title : undefined;
  const base = { id: `w${index + 1}`, title };
  const region = typeof props.region === "string" ? props.region : opts.defaultRegion;
  // Widgets without their own account keep none: they read the dashboard's recorded default account.
  const accountId = typeof props.accountId === "string" ? props.accountId : undefined;
  const kind = classifyWidget(widget);
  switch (kind.kind) {
    case "metric": {
      const rows = expandMetricRows(Array.isArray(props.metrics) ? props.metrics : []).rows;
      if (rows.length > 0 && typeof props.region !== "string") {
        warnings.push({
          path: `/widgets/${index}/properties`,
          message: `No region; using ${opts.defaultRegion}`,
        });
      }
      const { fields, propertiesExtra } = importMetricFields(props, rows, kind.view);
      return withoutUndefined({
        ...base,
        ...fields,
        region,
        accountId,
        extra: extraOf(widget, propertiesExtra),
      });
    }
    case "text":
      return withoutUndefined({
        ...base,
        type: "text",
        markdown: props.markdown,
        background: props.background,
        extra: extraOf(widget, unknownKeys(props, TEXT_PROPERTY_KEYS)),
      });
    case "alarm":
      return withoutUndefined({
        ...base,
        type: "alarm-status",
        alarms: props.alarms,
        sortBy: props.sortBy,
        states: props.states,
        extra: extraOf(widget, unknownKeys(props, ALARM_PROPERTY_KEYS)),
      });
    case "log": {
      const query = typeof props.query === "string" ? props.query : "";
      return withoutUndefined({
        ...base,
        type: "logs",
        region,
        accountId,
        query,
        logGroups: parseLogWidgetQuery(query).logGroups,
        queryLanguage: props.queryLanguage,
        view: props.view,
        stacked: props.stacked,
        extra: extraOf(widget, unknownKeys(props, LOG_PROPERTY_KEYS)),
      });
    }
    case "unsupported":
    case "invalid": {
      const reason = kind.kind === "unsupported" ? kind.reason : "Widget could not be read";
      warnings.push({ path: `/widgets/${index}`, message: `${reason}; kept as-is and shown as unsupported` });
      return withoutUndefined({ ...base, type: "unsupported", reason, original: { ...widget } });
    }
  }
}

/** CloudWatch widgets (already validated) → Watchwall widget candidates, to be checked by validateDocument. */
export function importWidgets(
  widgets: readonly JsonObject[],
  opts: ImportOptions,
  warnings: ImportIssue[],
): JsonObject[] {
  const rects = positions(widgets);
  return widgets.map((widget, index) => ({
    ...importOne(widget, index, opts, warnings),
    position: rects[index],
  }));
}
