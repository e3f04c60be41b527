import { widgetPanel } from "@/lib/metrics/widget-panel";
import type { MetricWidget } from "@/lib/dashboards/model";
import type { PanelRequest } from "@/lib/metrics/types";

// The panels the server builds from a view's widgets (as runMetricsQuery does), so the benchmark plans and
// replays exactly the queries the server sends.

export function viewPanels(
  widgets: readonly MetricWidget[],
  range: { start: number; end: number },
  now: number,
  widths: Readonly<Record<string, number>>,
): PanelRequest[] {
  return widgets.map(
    (widget) =>
      widgetPanel(widget, {
        defaultAccountId: widget.accountId ?? "",
        range,
        now,
        widthPx: widths[widget.id] ?? 600,
        variables: [],
        variableValues: {},
      }).panel,
  );
}
