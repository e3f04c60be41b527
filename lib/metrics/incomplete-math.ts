import type { PanelPlan } from "./plan";
import { referencedIds } from "./rewrite";
import type { PanelResult, QueryProblem } from "./types";

// An expression computed without one of its inputs is a wrong number that looks right (a sum over the
// Regions that answered). Such an expression is withheld: no series, and an error that names each failed
// input with its account, Region and AWS's message, so number, gauge, pie and table widgets never show a
// total made from a subset.

function describeInput(id: string, problem: QueryProblem): string {
  const where = [problem.accountId, problem.region].filter(Boolean).join(", ");
  const code = problem.failure.code ? `${problem.failure.code}: ` : "";
  return `${id}${where ? ` (${where})` : ""}: ${code}${problem.failure.message}`;
}

export function withholdIncompleteExpressions(
  plan: PanelPlan,
  result: PanelResult,
  failed: ReadonlyMap<string, QueryProblem>,
): void {
  const queries = plan.panel.queries;
  const rejected = new Set(plan.rejected.map((p) => p.queryId));
  const metricIds = queries.filter((q) => q.kind === "metric").map((q) => q.id);
  const refs = new Map(
    queries.map((q) => [
      q.id,
      q.kind === "expression" && !rejected.has(q.id) ? referencedIds(q.expression, metricIds) : [],
    ]),
  );
  for (const query of queries) {
    if (query.kind !== "expression" || !query.visible || rejected.has(query.id) || failed.has(query.id))
      continue;
    const inputs = new Set<string>();
    const pending = [...(refs.get(query.id) ?? [])];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (inputs.has(id) || id === query.id) continue;
      inputs.add(id);
      pending.push(...(refs.get(id) ?? []));
    }
    const missing = [...inputs].filter((id) => failed.has(id));
    const first = missing[0] === undefined ? undefined : failed.get(missing[0]);
    if (!first) continue;
    result.series = result.series.filter((s) => s.queryId !== query.id);
    const names = missing.map((id) => describeInput(id, failed.get(id) ?? first)).join("; ");
    result.errors.push({
      queryId: query.id,
      accountId: plan.panel.accountId,
      region: plan.panel.region,
      failure: {
        kind: first.failure.kind,
        code: "IncompleteInputs",
        message: `${query.id} is not drawn: ${missing.length === 1 ? "its input" : `${missing.length} of its inputs`} failed — ${names}`,
        retryable: first.failure.retryable,
      },
    });
  }
}
