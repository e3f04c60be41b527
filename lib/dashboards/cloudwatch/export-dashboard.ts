import { normalizeRange } from "@/lib/time";
import type { DashboardDocument, Widget } from "../model";
import { healthWidgetMarkdown } from "./export-watchwall-widgets";
import { exportMetricProperties, type ExportOptions } from "./export-metric-widget";
import { isJsonObject, mergeDefined, withoutUndefined, type JsonObject } from "@/lib/cloudwatch-body/json";
import { cloudWatchTimeFields, rangeFromCloudWatch } from "./time-fields";

export type { ExportOptions } from "./export-metric-widget";

function sameRange(a: DashboardDocument["defaultRange"], b: DashboardDocument["defaultRange"]): boolean {
  return JSON.stringify(normalizeRange(a)) === JSON.stringify(normalizeRange(b));
}

/** The body's start/end: as imported while the range is unchanged, else written from the range. */
function timeFields(document: DashboardDocument): { start?: string; end?: string } {
  const source = document.sourceTime;
  if (source && sameRange(rangeFromCloudWatch(source.start, source.end).range, document.defaultRange)) {
    return withoutUndefined({ start: source.start, end: source.end });
  }
  return cloudWatchTimeFields(document.defaultRange);
}

function widgetProperties(widget: Widget, options: ExportOptions): JsonObject {
  const extra = widget.extra?.properties;
  switch (widget.type) {
    case "text":
      return mergeDefined(extra, {
        markdown: widget.markdown,
        background: widget.background,
        title: widget.title,
      });
    case "alarm-status":
      return mergeDefined(extra, {
        title: widget.title,
        // A Watchwall selector has no CloudWatch form: write the alarms it resolves to now.
        alarms: widget.selector ? (options.resolvedAlarms?.[widget.id] ?? widget.alarms) : widget.alarms,
        sortBy: widget.sortBy,
        states: widget.states,
      });
    case "aws-health":
      return mergeDefined(extra, { markdown: healthWidgetMarkdown(widget), title: widget.title });
    case "logs":
      return mergeDefined(extra, {
        view: widget.view,
        title: widget.title,
        region: widget.region,
        accountId: widget.accountId,
        query: widget.query,
        queryLanguage: widget.queryLanguage,
        stacked: widget.stacked,
      });
    case "unsupported":
      return {};
    default:
      return exportMetricProperties(widget, options);
  }
}

const CLOUDWATCH_TYPE: Record<Exclude<Widget["type"], "unsupported">, string> = {
  line: "metric",
  area: "metric",
  bar: "metric",
  number: "metric",
  gauge: "metric",
  pie: "metric",
  table: "metric",
  text: "text",
  "alarm-status": "alarm",
  logs: "log",
  // CloudWatch has no Health widget: exported as a text widget saying what it was.
  "aws-health": "text",
};

/** The original JSON at the widget's current position (and with its current title, if it was renamed). */
function exportUnsupported(widget: Extract<Widget, { type: "unsupported" }>): JsonObject {
  const { x, y, w, h } = widget.position;
  const out: JsonObject = { ...widget.original, x, y, width: w, height: h };
  const props = widget.original.properties;
  if (isJsonObject(props) && props.title !== widget.title) {
    const renamed: JsonObject = { ...props, title: widget.title };
    if (widget.title === undefined) delete renamed.title;
    out.properties = renamed;
  }
  return out;
}

function exportWidget(widget: Widget, options: ExportOptions): JsonObject {
  const { x, y, w, h } = widget.position;
  if (widget.type === "unsupported") return exportUnsupported(widget);
  return {
    ...widget.extra?.widget,
    type: CLOUDWATCH_TYPE[widget.type],
    x,
    y,
    width: w,
    height: h,
    properties: widgetProperties(widget, options),
  };
}

/**
 * Watchwall document → CloudWatch dashboard body (an object; JSON.stringify it for PutDashboard). Watchwall-only
 * settings (title, refresh, time zone) have no place in CloudWatch's format and are left out.
 */
export function exportCloudWatchDashboard(
  document: DashboardDocument,
  options: ExportOptions = {},
): JsonObject {
  return mergeDefined(document.extra, {
    ...timeFields(document),
    periodOverride: document.periodOverride,
    widgets: document.widgets.map((widget) => exportWidget(widget, options)),
    variables: document.variables.length ? document.variables : undefined,
  });
}

/** The body as the DashboardBody string PutDashboard takes. */
export function exportCloudWatchDashboardBody(
  document: DashboardDocument,
  options: ExportOptions = {},
): string {
  return JSON.stringify(exportCloudWatchDashboard(document, options));
}
