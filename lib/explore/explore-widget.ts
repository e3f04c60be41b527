import type {
  DashboardDocument,
  GridPosition,
  MetricQuery,
  MetricWidget,
  Widget,
} from "@/lib/dashboards/model";
import type { ExploreState } from "./explore-state";

// The explorer's graph as a dashboard `line` widget: the same widget is sent to /api/metrics/query to draw the
// graph and appended to a dashboard by "Add to dashboard", so what is saved is exactly what was seen.

/** Size of a widget added from the explorer: half the 24-column grid, the default height. */
export const APPENDED_WIDGET_WIDTH = 12;
export const APPENDED_WIDGET_HEIGHT = 6;
/** [I] Longest title built from metric names before it is cut with an ellipsis. */
export const MAX_TITLE_LENGTH = 80;

/** Id of the i-th query (GetMetricData ids must start with a lowercase letter). */
export function exploreQueryId(index: number): string {
  return `m${index + 1}`;
}

/** Index of the metric a query id belongs to, or -1 for an id this module did not make. */
export function exploreQueryIndex(queryId: string): number {
  const match = /^m([1-9]\d*)$/.exec(queryId);
  return match ? Number(match[1]) - 1 : -1;
}

/**
 * Labels that tell apart metrics sharing a name, as the console's legend does: the name, then whatever differs
 * among the metrics of that name (dimension values, statistic, account, Region). A metric whose name is unique
 * keeps CloudWatch's default label (undefined here).
 */
export function exploreLabels(state: ExploreState): Array<string | undefined> {
  const statOf = (m: ExploreState["metrics"][number]) => m.stat ?? state.stat;
  return state.metrics.map((metric) => {
    const same = state.metrics.filter(
      (m) => m.metricName === metric.metricName && m.namespace === metric.namespace,
    );
    const sameName = state.metrics.filter((m) => m.metricName === metric.metricName);
    if (sameName.length < 2) return undefined;
    const differs = (value: (m: ExploreState["metrics"][number]) => string) =>
      new Set(sameName.map(value)).size > 1;
    const parts = [metric.metricName];
    if (same.length !== sameName.length) parts.push(metric.namespace);
    const dimensionNames = [...new Set(sameName.flatMap((m) => m.dimensions.map((d) => d.name)))];
    for (const name of dimensionNames) {
      const valueOf = (m: ExploreState["metrics"][number]) =>
        m.dimensions.find((d) => d.name === name)?.value ?? "";
      const value = valueOf(metric);
      if (value && differs(valueOf)) parts.push(value);
    }
    if (differs(statOf)) parts.push(statOf(metric));
    if (differs((m) => m.accountId)) parts.push(metric.accountId);
    if (differs((m) => m.region)) parts.push(metric.region);
    return parts.join(" ");
  });
}

/** The first metric's scope is the widget's; other metrics name their own only where they differ. */
export function exploreQueries(state: ExploreState): MetricQuery[] {
  const first = state.metrics[0];
  const labels = exploreLabels(state);
  return state.metrics.map((metric, index) => {
    const query: MetricQuery = {
      kind: "metric",
      id: exploreQueryId(index),
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions.map((d) => ({ name: d.name, value: d.value })),
      stat: metric.stat ?? state.stat,
      visible: true,
    };
    const label = labels[index];
    if (label !== undefined) query.label = label;
    if (first && metric.accountId !== first.accountId) query.accountId = metric.accountId;
    if (first && metric.region !== first.region) query.region = metric.region;
    return query;
  });
}

export function exploreWidgetTitle(state: ExploreState): string {
  const names = [...new Set(state.metrics.map((m) => m.metricName))];
  const title = names.join(", ");
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

/** Null while the graph has no metric (a widget needs a Region, which comes from its first metric). */
export function exploreWidget(
  state: ExploreState,
  id: string,
  position: GridPosition = { x: 0, y: 0, w: APPENDED_WIDGET_WIDTH, h: APPENDED_WIDGET_HEIGHT },
): MetricWidget | null {
  const first = state.metrics[0];
  if (!first) return null;
  const widget: MetricWidget = {
    type: "line",
    id,
    title: exploreWidgetTitle(state),
    position,
    region: first.region,
    accountId: first.accountId,
    stat: state.stat,
    metrics: exploreQueries(state),
  };
  if (state.period !== "auto") widget.period = state.period;
  return widget;
}

/** First row below every widget. */
export function gridBottom(widgets: readonly Pick<Widget, "position">[]): number {
  let bottom = 0;
  for (const w of widgets) bottom = Math.max(bottom, w.position.y + w.position.h);
  return bottom;
}

export function appendedPosition(widgets: readonly Pick<Widget, "position">[]): GridPosition {
  return { x: 0, y: gridBottom(widgets), w: APPENDED_WIDGET_WIDTH, h: APPENDED_WIDGET_HEIGHT };
}

/** A widget id not used in the document: `explore-1`, `explore-2`, … */
export function unusedWidgetId(widgets: readonly Pick<Widget, "id">[], prefix = "explore"): string {
  const taken = new Set(widgets.map((w) => w.id));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** The document with the explorer's graph added below everything else; null when the graph is empty. */
export function appendExploreWidget(
  document: DashboardDocument,
  state: ExploreState,
): DashboardDocument | null {
  const widget = exploreWidget(state, unusedWidgetId(document.widgets), appendedPosition(document.widgets));
  if (!widget) return null;
  return { ...document, widgets: [...document.widgets, widget] };
}
