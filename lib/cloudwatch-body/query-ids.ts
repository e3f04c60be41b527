// Rows without an `id` get one, like the CloudWatch console does before it calls GetMetricData.

/** [I] Prefix for generated metric ids (m1, m2, …). */
export const METRIC_ID_PREFIX = "m";
/** [I] Prefix for generated expression ids (e1, e2, …); the console labels expressions this way. */
export const EXPRESSION_ID_PREFIX = "e";

export interface IdSlot {
  kind: "metric" | "expression";
  id?: string;
}

/**
 * Keeps explicit ids; numbers the rest per kind in row order (m1, m2, … / e1, e2, …), skipping any id already
 * written anywhere in the widget so a generated id never collides with an explicit one.
 */
export function assignQueryIds(rows: readonly IdSlot[]): string[] {
  const taken = new Set(rows.flatMap((row) => (row.id === undefined ? [] : [row.id])));
  const next = { metric: 1, expression: 1 };
  return rows.map((row) => {
    if (row.id !== undefined) return row.id;
    const prefix = row.kind === "metric" ? METRIC_ID_PREFIX : EXPRESSION_ID_PREFIX;
    let id = `${prefix}${next[row.kind]}`;
    while (taken.has(id)) {
      next[row.kind] += 1;
      id = `${prefix}${next[row.kind]}`;
    }
    next[row.kind] += 1;
    taken.add(id);
    return id;
  });
}
