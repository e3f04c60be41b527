import { CLOUDWATCH_METRIC_VIEWS, type CloudWatchMetricView } from "./body-constants";
import { isJsonObject } from "./json";

export type WidgetClass =
  | { kind: "metric"; view: CloudWatchMetricView }
  | { kind: "text" | "log" | "alarm" }
  | { kind: "unsupported"; reason: string }
  | { kind: "invalid" };

/** Which importer handles a widget; "unsupported" ones are kept verbatim and shown as placeholders. */
export function classifyWidget(widget: unknown): WidgetClass {
  if (!isJsonObject(widget) || typeof widget.type !== "string") return { kind: "invalid" };
  switch (widget.type) {
    case "metric": {
      const view = isJsonObject(widget.properties) ? widget.properties.view : undefined;
      if (view === undefined) return { kind: "metric", view: "timeSeries" };
      const known = CLOUDWATCH_METRIC_VIEWS.find((candidate) => candidate === view);
      if (known) return { kind: "metric", view: known };
      if (typeof view !== "string") return { kind: "invalid" };
      return { kind: "unsupported", reason: `Metric widgets with view "${view}" are not supported yet` };
    }
    case "text":
    case "log":
    case "alarm":
      return { kind: widget.type };
    case "explorer":
      return { kind: "unsupported", reason: "Metrics Explorer widgets are not supported" };
    case "custom":
      return { kind: "unsupported", reason: "Custom (Lambda-backed) widgets are not supported" };
    default:
      return { kind: "unsupported", reason: `Unknown widget type "${widget.type}"` };
  }
}
