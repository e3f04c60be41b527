import type { MetricWidgetType } from "../model";
import type { CloudWatchMetricView } from "@/lib/cloudwatch-body/body-constants";

/** `view` (+ `stacked` for timeSeries) → Watchwall widget type. */
export function widgetTypeForView(view: CloudWatchMetricView, stacked: boolean): MetricWidgetType {
  switch (view) {
    case "timeSeries":
      return stacked ? "area" : "line";
    case "singleValue":
      return "number";
    case "gauge":
      return "gauge";
    case "bar":
      return "bar";
    case "pie":
      return "pie";
    case "table":
      return "table";
  }
}

export function viewForWidgetType(type: MetricWidgetType): CloudWatchMetricView {
  switch (type) {
    case "line":
    case "area":
      return "timeSeries";
    case "number":
      return "singleValue";
    default:
      return type;
  }
}
