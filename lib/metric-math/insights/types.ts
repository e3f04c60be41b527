export type InsightsAggregate = "AVG" | "COUNT" | "MAX" | "MIN" | "SUM";

export type InsightsSource =
  /** `FROM ns`: every metric of the namespace, whatever its dimensions. */
  | { kind: "namespace"; namespace: string }
  /** `FROM SCHEMA(ns, k1, ...)`: only metrics whose dimension names are exactly the listed keys. */
  | { kind: "schema"; namespace: string; dimensionKeys: string[] };

export type InsightsComparison = "=" | "!=" | "LIKE" | "NOT LIKE" | "IN" | "NOT IN";

export type InsightsCondition =
  | { type: "and"; items: InsightsCondition[] }
  | { type: "or"; items: InsightsCondition[] }
  | { type: "not"; item: InsightsCondition }
  /** For IN / NOT IN `values` has every listed value; otherwise exactly one. */
  | { type: "compare"; key: string; op: InsightsComparison; values: string[] };

export interface InsightsOrderBy {
  aggregate: InsightsAggregate;
  direction: "ASC" | "DESC";
}

export interface MetricsInsightsQuery {
  aggregate: InsightsAggregate;
  metricName: string;
  from: InsightsSource;
  where?: InsightsCondition;
  groupBy: string[];
  orderBy?: InsightsOrderBy;
  limit?: number;
}
