// Which metric-math alarms can be evaluated for many windows at once: expressions made only of point-wise
// operations give the same value for a window whatever else is evaluated with it.

import { parseExpression, type Expr } from "@/lib/metric-math";
import type { AlarmQuery } from "./model";

/** Functions whose value at a timestamp depends only on their inputs at that timestamp. */
export const POINTWISE_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS",
  "CEIL",
  "FLOOR",
  "IF",
  "LOG",
  "LOG10",
  "HOUR",
  "MINUTE",
  "DAY",
  "DATE",
  "MONTH",
  "YEAR",
  "EPOCH",
  "PERIOD",
  "ANOMALY_DETECTION_BAND",
]);

function isPointwise(node: Expr, statIds: ReadonlySet<string>): boolean {
  switch (node.type) {
    case "number":
    case "identifier":
      return true;
    case "unary":
      return isPointwise(node.operand, statIds);
    case "binary":
      return isPointwise(node.left, statIds) && isPointwise(node.right, statIds);
    case "call": {
      if (!POINTWISE_FUNCTIONS.has(node.name)) return false;
      if (node.name === "ANOMALY_DETECTION_BAND") {
        const input = node.args[0];
        if (input?.type !== "identifier" || !statIds.has(input.name)) return false;
      }
      return node.args.every((a) => isPointwise(a, statIds));
    }
    default:
      return false;
  }
}

/** Whether every expression of the alarm can be evaluated once for many windows. */
export function canBatch(queries: readonly AlarmQuery[]): boolean {
  const statIds = new Set(queries.filter((q) => q.metricStat).map((q) => q.id));
  return queries.every((q) => {
    if (q.expression === undefined) return true;
    try {
      return isPointwise(parseExpression(q.expression), statIds);
    } catch {
      return false;
    }
  });
}
