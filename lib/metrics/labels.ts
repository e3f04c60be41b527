import type { PanelMetricQuery, PanelQuery } from "./types";

// CloudWatch derives default labels from the whole GetMetricData request (stat and period are appended when
// they differ between queries). Batching many widgets into one request would change them, so Watchwall always
// sends explicit labels, computed with AWS's rule but within one panel — what the widget itself would show.

export function defaultLabels(queries: readonly PanelQuery[], panelPeriod: number): Map<string, string> {
  const metrics = queries.filter((q): q is PanelMetricQuery => q.kind === "metric");
  const stats = new Set(metrics.map((q) => q.stat));
  const periods = new Set(metrics.map((q) => q.period ?? panelPeriod));
  const labels = new Map<string, string>();
  for (const query of queries) {
    if (query.label !== undefined) {
      // An empty label on an array expression (SEARCH) leaves each member its own label, as in CloudWatch.
      labels.set(query.id, query.label);
    } else if (query.kind === "expression") {
      labels.set(query.id, query.id);
    } else {
      const parts = [query.metricName];
      if (stats.size > 1) parts.push(query.stat);
      if (periods.size > 1) parts.push(String(query.period ?? panelPeriod));
      labels.set(query.id, parts.join(" "));
    }
  }
  return labels;
}
