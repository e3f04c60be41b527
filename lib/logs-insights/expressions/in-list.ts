import type { Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Value } from "../types";
import { constValue, type CompileFn, type Compiled } from "./compiled";
import type { Row } from "./row";
import { toNumber, toStr, unknownComparison, valuesEqual } from "./values";

type InExpr = Extract<Expr, { k: "in" }>;

/** `f in [a, b]` / `f not in [...]`: whole-value equality with the same rules as `=`. */
export function compileInList(e: InExpr, left: Compiled, compile: CompileFn): Compiled {
  if (e.list.k !== "list") {
    throw syntaxErrorAt(M.mismatchedInput(describe(e.list), "'['"), e.list.start, e.list.end);
  }
  const items = e.list.items.map((x) => compile(x));
  const negate = e.negated;
  const unknown = unknownComparison();
  const g = left.fn;
  if (items.every((i) => i.isConst)) {
    const values = items.map(constValue);
    // Numbers match numbers and numeric strings; strings match identical strings or (when numeric) numbers.
    const numericItems = new Set<number>();
    const numberItems = new Set<number>();
    const stringItems = new Set<string>();
    for (const v of values) {
      const n = toNumber(v);
      if (n !== null) numericItems.add(n);
      if (typeof v === "number" || typeof v === "boolean") {
        if (n !== null) numberItems.add(n);
      } else {
        const s = toStr(v);
        if (s !== null) stringItems.add(s);
      }
    }
    const fn = (r: Row): Value => {
      const v = g(r);
      if (v === null) return unknown;
      let hit: boolean;
      if (typeof v === "number" || typeof v === "boolean") {
        hit = numericItems.has(v === true ? 1 : v === false ? 0 : v);
      } else {
        const s = toStr(v) ?? "";
        hit = stringItems.has(s);
        if (!hit && numberItems.size > 0) {
          const n = toNumber(v);
          hit = n !== null && numberItems.has(n);
        }
      }
      return hit !== negate;
    };
    return { fn, kind: "any", isConst: left.isConst };
  }
  const getters = items.map((i) => i.fn);
  return {
    fn: (r) => {
      const v = g(r);
      if (v === null) return unknown;
      for (const get of getters) if (valuesEqual(v, get(r)) === true) return !negate;
      return negate;
    },
    kind: "any",
    isConst: false,
  };
}

function describe(e: Expr): string {
  return e.k === "field" ? e.name : e.k;
}
