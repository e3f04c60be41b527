import { validateExpression } from "@/lib/metric-math";
import { referencedIds } from "./rewrite";
import type { PanelExpressionQuery, PanelQuery, QueryProblem, Scope } from "./types";

// Expressions are checked with the shared Metric Math engine before anything is sent, so a typo fails only
// its own query, named by the id and position the user wrote (not the wire id and the rewritten text), and
// never travels in a GetMetricData call shared with other widgets. Expressions that use a refused one fail too.

export interface ExpressionCheck {
  /** Queries that may be planned and sent. */
  accepted: PanelQuery[];
  rejected: QueryProblem[];
}

function problem(query: PanelExpressionQuery, scope: Scope, message: string): QueryProblem {
  return {
    queryId: query.id,
    ...scope,
    failure: { kind: "invalid-request", code: "InvalidExpression", message, retryable: false },
  };
}

export function checkPanelExpressions(
  queries: readonly PanelQuery[],
  scopeOf: (query: PanelQuery) => Scope,
): ExpressionCheck {
  const ids = queries.map((q) => q.id);
  const metricIds = queries.filter((q) => q.kind === "metric").map((q) => q.id);
  const refused = new Map<string, string>();
  for (const query of queries) {
    if (query.kind !== "expression") continue;
    const result = validateExpression(query.expression, ids);
    if (!result.ok) refused.set(query.id, `${query.id}: ${result.error.message}`);
  }
  // Whatever uses a refused expression cannot be computed either (fixed point over the reference graph).
  for (let changed = true; changed;) {
    changed = false;
    for (const query of queries) {
      if (query.kind !== "expression" || refused.has(query.id)) continue;
      const bad = referencedIds(query.expression, metricIds).find((ref) => refused.has(ref));
      if (bad) {
        refused.set(query.id, `${query.id}: uses ${bad}, which is invalid`);
        changed = true;
      }
    }
  }
  const rejected: QueryProblem[] = [];
  for (const query of queries) {
    const message = refused.get(query.id);
    if (message && query.kind === "expression") rejected.push(problem(query, scopeOf(query), message));
  }
  return { accepted: queries.filter((q) => !refused.has(q.id)), rejected };
}
