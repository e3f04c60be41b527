// Stats functions: argument checking and accumulator factories.

import type { Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import { constValue, type CallExpr, type CompileFn, type Compiled } from "../expressions/compiled";
import { toNumber } from "../expressions/values";
import { isAggregateName } from "../functions/registry";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Kind } from "../types";
import {
  Avg,
  BySortOrder,
  ByTime,
  CountAll,
  CountDistinct,
  CountPresent,
  Extreme,
  Percentile,
  StdDev,
  Sum,
  type Accumulator,
} from "./accumulators";

export interface AggregateSpec {
  /** Input value getter; null when the function needs no input (`count(*)`). */
  input: Compiled | null;
  make: () => Accumulator;
  kind: Kind;
}

type Builder = (
  input: Compiled,
  call: CallExpr,
  compile: CompileFn,
) => { make: () => Accumulator; kind: Kind };

const ANY = "any" as const;

const SINGLE: Record<string, Builder> = {
  count_distinct: () => ({ make: () => new CountDistinct(), kind: ANY }),
  sum: () => ({ make: () => new Sum(), kind: ANY }),
  avg: () => ({ make: () => new Avg(), kind: ANY }),
  min: (input) => ({ make: () => new Extreme(false), kind: input.kind }),
  max: (input) => ({ make: () => new Extreme(true), kind: input.kind }),
  stddev: () => ({ make: () => new StdDev(), kind: ANY }),
  earliest: (input) => ({ make: () => new ByTime(false), kind: input.kind }),
  latest: (input) => ({ make: () => new ByTime(true), kind: input.kind }),
  sortsfirst: (input) => ({ make: () => new BySortOrder(false), kind: input.kind }),
  sortslast: (input) => ({ make: () => new BySortOrder(true), kind: input.kind }),
};

function containsAggregate(e: Expr): CallExpr | null {
  switch (e.k) {
    case "call":
      if (isAggregateName(e.name)) return e;
      for (const a of e.args) {
        const hit = containsAggregate(a);
        if (hit !== null) return hit;
      }
      return null;
    case "neg":
    case "not":
      return containsAggregate(e.arg);
    case "arith":
    case "cmp":
    case "logic":
      return containsAggregate(e.left) ?? containsAggregate(e.right);
    case "like":
      return containsAggregate(e.left) ?? containsAggregate(e.pattern);
    case "in":
      return containsAggregate(e.left) ?? containsAggregate(e.list);
    case "list":
      for (const a of e.items) {
        const hit = containsAggregate(a);
        if (hit !== null) return hit;
      }
      return null;
    default:
      return null;
  }
}

function arity(call: CallExpr, min: number, max: number): void {
  const n = call.args.length;
  if (n < min || n > max) {
    throw syntaxErrorAt(
      M.wrongArity(call.name, min === max ? `${min}` : `${min}-${max}`, n),
      call.start,
      call.end,
    );
  }
}

/** Builds the spec of one aggregate call; arguments are compiled in the stats input scope. */
export function buildAggregate(call: CallExpr, compile: CompileFn): AggregateSpec {
  for (const a of call.args) {
    const nested = containsAggregate(a);
    if (nested !== null) throw syntaxErrorAt(M.nestedAggregate(nested.name), nested.start, nested.end);
  }
  const name = call.name.toLowerCase();
  if (name === "count") {
    arity(call, 0, 1);
    const arg = call.args[0];
    if (arg === undefined || arg.k === "star") return { input: null, make: () => new CountAll(), kind: ANY };
    return { input: compile(arg), make: () => new CountPresent(), kind: ANY };
  }
  if (name === "pct" || name === "percentile") {
    arity(call, 2, 2);
    const input = compile(call.args[0] as Expr);
    const pArg = call.args[1] as Expr;
    const pc = compile(pArg);
    const p = pc.isConst ? toNumber(constValue(pc)) : null;
    if (p === null || p < 0 || p > 100) {
      throw syntaxErrorAt(M.literalRequired("percentile (0-100)"), pArg.start, pArg.end);
    }
    return { input, make: () => new Percentile(p), kind: input.kind };
  }
  const builder = SINGLE[name];
  if (builder === undefined) throw syntaxErrorAt(M.unknownFunction(call.name), call.start, call.end);
  arity(call, 1, 1);
  const argExpr = call.args[0] as Expr;
  if (argExpr.k === "star") {
    throw syntaxErrorAt(M.mismatchedInput("*", "{FIELD, FUNCTION}"), argExpr.start, argExpr.end);
  }
  const input = compile(argExpr);
  const built = builder(input, call, compile);
  return { input, make: built.make, kind: built.kind };
}
