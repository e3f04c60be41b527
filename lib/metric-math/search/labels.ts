import { SEARCH_MEMBER_LABEL, type SearchMemberLabel } from "../semantics";
import type { MetricIdentity } from "../types";

function distinctCount(values: readonly string[]): number {
  return new Set(values).size;
}

/**
 * Default labels for the members of a SEARCH result [I] (see SEARCH_MEMBER_LABEL). With
 * "distinguishing-values", a member is labelled by the dimension values that differ across the result set
 * (all of them for a single member), followed by the metric name when metric names differ too.
 */
export function searchMemberLabels(
  metrics: readonly MetricIdentity[],
  style: SearchMemberLabel = SEARCH_MEMBER_LABEL,
): string[] {
  if (style === "all-dimension-values") {
    return metrics.map((m) => [...m.dimensions.map((d) => d.value), m.metricName].join(" "));
  }
  const single = metrics.length <= 1;
  const differingDims = new Set<string>();
  const names = new Set(metrics.flatMap((m) => m.dimensions.map((d) => d.name)));
  for (const name of names) {
    const values = metrics.map((m) => m.dimensions.find((d) => d.name === name)?.value ?? "");
    if (single || distinctCount(values) > 1) differingDims.add(name);
  }
  const namesDiffer = distinctCount(metrics.map((m) => m.metricName)) > 1;
  const namespacesDiffer = distinctCount(metrics.map((m) => m.namespace)) > 1;
  return metrics.map((m) => {
    const parts = m.dimensions.filter((d) => differingDims.has(d.name)).map((d) => d.value);
    if (namespacesDiffer) parts.unshift(m.namespace);
    if (namesDiffer || parts.length === 0) parts.push(m.metricName);
    return parts.join(" ");
  });
}
