// A compiled fast path for the most common alarm expressions: arithmetic, comparisons and AND/OR over
// metrics and numbers ("100 * errors / requests"). It follows the Metric Math engine's point-wise rules
// exactly (series ⊕ series: union of timestamps, a missing side counts as 0; series ⊕ number keeps the
// series' gaps; non-finite results are dropped) but evaluates one window at a time without building
// series, which makes steady-state evaluation of math alarms as cheap as plain metric alarms.

import { BINARY_OPERATORS, parseExpression, type Expr, type NumericOp } from "@/lib/metric-math";
import type { AlarmQuery } from "./model";

// The operators are the engine's own table, so the fast path cannot drift from Metric Math.
type Op = NumericOp;
const OPERATORS: Readonly<Record<string, Op>> = BINARY_OPERATORS;

/** Value of a node at one window: NaN means "no datapoint" for series. */
interface Compiled {
  series: boolean;
  at: (p: number) => number;
}

/** Stat values by query id at a window position. */
export type StatLookup = (id: string, p: number) => number;

class Compiler {
  private readonly done = new Map<string, Compiled>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly queries: ReadonlyMap<string, AlarmQuery>,
    private readonly stat: StatLookup,
  ) {}

  query(id: string): Compiled | undefined {
    const cached = this.done.get(id);
    if (cached) return cached;
    const q = this.queries.get(id);
    if (!q || this.visiting.has(id)) return undefined;
    let compiled: Compiled | undefined;
    if (q.metricStat) {
      compiled = { series: true, at: (p) => this.stat(id, p) };
    } else {
      let ast: Expr;
      try {
        ast = parseExpression(q.expression ?? "");
      } catch {
        return undefined;
      }
      this.visiting.add(id);
      compiled = this.node(ast);
      this.visiting.delete(id);
    }
    if (compiled) this.done.set(id, compiled);
    return compiled;
  }

  private node(node: Expr): Compiled | undefined {
    switch (node.type) {
      case "number": {
        const v = node.value;
        return { series: false, at: () => v };
      }
      case "identifier":
        return this.query(node.name);
      case "unary": {
        const inner = this.node(node.operand);
        if (!inner) return undefined;
        const f = inner.at;
        return { series: inner.series, at: (p) => 0 - f(p) };
      }
      case "binary": {
        const fn = OPERATORS[node.op];
        const left = this.node(node.left);
        const right = this.node(node.right);
        if (!fn || !left || !right) return undefined;
        return combine(fn, left, right);
      }
      default:
        return undefined;
    }
  }
}

function combine(fn: Op, left: Compiled, right: Compiled): Compiled {
  const a = left.at;
  const b = right.at;
  if (left.series && right.series) {
    return {
      series: true,
      at: (p) => {
        const x = a(p);
        const y = b(p);
        if (Number.isNaN(x) && Number.isNaN(y)) return NaN;
        const r = fn(Number.isNaN(x) ? 0 : x, Number.isNaN(y) ? 0 : y);
        return r - r === 0 ? r : NaN;
      },
    };
  }
  if (left.series || right.series) {
    return {
      series: true,
      at: (p) => {
        const x = a(p);
        const y = b(p);
        if (Number.isNaN(left.series ? x : y)) return NaN;
        const r = fn(x, y);
        return r - r === 0 ? r : NaN;
      },
    };
  }
  return { series: false, at: (p) => fn(a(p), b(p)) };
}

/**
 * The value of query `id` at a window position, or undefined when some expression needs the full Metric
 * Math engine (functions, arrays, strings, Metrics Insights) or the result is not a series.
 */
export function compileFastMath(
  queries: readonly AlarmQuery[],
  id: string,
  stat: StatLookup,
): ((p: number) => number) | undefined {
  const compiled = new Compiler(new Map(queries.map((q) => [q.id, q])), stat).query(id);
  return compiled?.series ? compiled.at : undefined;
}
