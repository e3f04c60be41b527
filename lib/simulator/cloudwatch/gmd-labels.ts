// Default labels of MetricStat results (recorded from AWS, section 2.5): the metric name, plus the statistic
// when the request's MetricStat queries use more than one statistic, plus the period when they use more than
// one period. A unit difference alone adds nothing.

import type { StatQuery } from "./gmd-request";

export function defaultStatLabels(queries: readonly StatQuery[]): Map<string, string> {
  const stats = new Set(queries.map((q) => q.stat));
  const periods = new Set(queries.map((q) => q.period));
  const labels = new Map<string, string>();
  for (const q of queries) {
    let label = q.metric.metricName;
    if (stats.size > 1) label += ` ${q.stat}`;
    if (periods.size > 1) label += ` ${q.period}`;
    labels.set(q.id, label);
  }
  return labels;
}
