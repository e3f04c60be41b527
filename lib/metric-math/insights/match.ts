import type { MetricIdentity } from "../types";
import type { InsightsCondition, MetricsInsightsQuery } from "./types";

/** Group value used for metrics that lack a GROUP BY key (section 4.2). */
export const INSIGHTS_MISSING_GROUP_VALUE = "Other";

function dimensionValue(metric: MetricIdentity, key: string): string | undefined {
  return metric.dimensions.find((d) => d.name === key)?.value;
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  return new RegExp(`^${escaped}$`, "s");
}

function conditionHolds(condition: InsightsCondition, metric: MetricIdentity): boolean {
  switch (condition.type) {
    case "and":
      return condition.items.every((c) => conditionHolds(c, metric));
    case "or":
      return condition.items.some((c) => conditionHolds(c, metric));
    case "not":
      return !conditionHolds(condition.item, metric);
    case "compare": {
      // [I] A metric without the key never equals a value, so negated comparisons select it.
      const value = dimensionValue(metric, condition.key);
      const first = condition.values[0] ?? "";
      switch (condition.op) {
        case "=":
          return value === first;
        case "!=":
          return value !== first;
        case "LIKE":
          return value !== undefined && likeToRegExp(first).test(value);
        case "NOT LIKE":
          return value === undefined || !likeToRegExp(first).test(value);
        case "IN":
          return value !== undefined && condition.values.includes(value);
        case "NOT IN":
          return value === undefined || !condition.values.includes(value);
      }
    }
  }
}

/** Whether a metric is selected by the query's SELECT metric, FROM/SCHEMA and WHERE parts. */
export function matchesInsightsQuery(query: MetricsInsightsQuery, metric: MetricIdentity): boolean {
  if (metric.metricName !== query.metricName || metric.namespace !== query.from.namespace) return false;
  if (query.from.kind === "schema") {
    const keys = query.from.dimensionKeys;
    if (metric.dimensions.length !== keys.length) return false;
    if (!keys.every((k) => dimensionValue(metric, k) !== undefined)) return false;
  }
  return query.where ? conditionHolds(query.where, metric) : true;
}

/** The GROUP BY values of a metric, in GROUP BY order; missing keys become "Other". */
export function insightsGroupValues(query: MetricsInsightsQuery, metric: MetricIdentity): string[] {
  return query.groupBy.map((key) => dimensionValue(metric, key) ?? INSIGHTS_MISSING_GROUP_VALUE);
}
