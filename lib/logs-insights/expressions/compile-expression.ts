// Compiles expression trees to closures once per query; evaluation then needs no tree walking.

import type { Expr } from "../ast";
import { syntaxErrorAt } from "../errors";
import { toEpochMs } from "../functions/datetime";
import { fixedPeriodMs } from "../functions/periods";
import { isAggregateName, SCALAR_FUNCTIONS } from "../functions/registry";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";
import type { Kind, Value } from "../types";
import { canonicalText, constant, constValue, lift1, lift2, type Compiled, type Scope } from "./compiled";
import { compileInList } from "./in-list";
import { compileLike } from "./like";
import { compareForOperator, finite, toBool, toNumber, valuesEqual } from "./values";

const COLUMN_LOOKUP_KINDS = new Set(["call", "arith", "neg", "not", "cmp", "like", "in", "logic"]);

export function compileExpr(e: Expr, scope: Scope): Compiled {
  if (COLUMN_LOOKUP_KINDS.has(e.k)) {
    const column = scope.lookupColumn(canonicalText(scope.src.slice(e.start, e.end)));
    if (column !== null) return column;
  }
  const compile = (x: Expr) => compileExpr(x, scope);
  switch (e.k) {
    case "num":
      return constant(e.value);
    case "str":
      return constant(e.value);
    case "period": {
      const ms = fixedPeriodMs(e);
      if (ms === null) throw syntaxErrorAt(M.invalidPeriod(e.text), e.start, e.end);
      return constant(ms);
    }
    case "field":
      return scope.resolveField(e.name, e);
    case "regex":
    case "star":
    case "list":
      throw syntaxErrorAt(
        M.mismatchedInput(scope.src.slice(e.start, e.end), "{STRING, NUMBER, FIELD, FUNCTION}"),
        e.start,
        e.end,
      );
    case "call":
      return compileCall(e, scope);
    case "neg":
      return lift1(compile(e.arg), (v) => {
        const n = toNumber(v);
        return n === null ? null : -n;
      });
    case "not":
      return lift1(compile(e.arg), (v) => {
        const b = toBool(v);
        return b === null ? null : !b;
      });
    case "arith":
      return compileArith(e.op, compile(e.left), compile(e.right));
    case "cmp":
      return compileComparison(e.op, compile(e.left), compile(e.right));
    case "like":
      return compileLike(e, compile(e.left), compile);
    case "in":
      return compileInList(e, compile(e.left), compile);
    case "logic":
      return compileLogic(e.op, compile(e.left), compile(e.right));
  }
}

function compileCall(e: Extract<Expr, { k: "call" }>, scope: Scope): Compiled {
  const lower = e.name.toLowerCase();
  if (isAggregateName(lower)) {
    if (scope.aggregate === null) throw syntaxErrorAt(M.aggregateOutsideStats(e.name), e.start, e.end);
    return scope.aggregate(e);
  }
  const def = SCALAR_FUNCTIONS[lower];
  if (def === undefined) throw syntaxErrorAt(M.unknownFunction(e.name), e.nameSpan.start, e.nameSpan.end);
  if (e.args.length < def.min || e.args.length > def.max) {
    const expected =
      def.max === Infinity
        ? `at least ${def.min}`
        : def.min === def.max
          ? `${def.min}`
          : `${def.min}-${def.max}`;
    throw syntaxErrorAt(M.wrongArity(e.name, expected, e.args.length), e.start, e.end);
  }
  return def.compile(e, scope, (x) => compileExpr(x, scope));
}

function arith(op: string, x: number, y: number): number | null {
  switch (op) {
    case "+":
      return finite(x + y);
    case "-":
      return finite(x - y);
    case "*":
      return finite(x * y);
    case "/":
      return finite(x / y);
    case "%":
      return finite(x % y);
    default:
      return finite(x ** y);
  }
}

function compileArith(op: string, left: Compiled, right: Compiled): Compiled {
  // Shifting a date by a duration keeps it a date; the difference of two dates is a plain number.
  let kind: Kind = "any";
  if ((op === "+" || op === "-") && left.kind === "date" && right.kind !== "date") kind = "date";
  if (op === "+" && right.kind === "date" && left.kind !== "date") kind = "date";
  return lift2(
    left,
    right,
    (a, b) => {
      const x = toNumber(a);
      const y = toNumber(b);
      return x === null || y === null ? null : arith(op, x, y);
    },
    kind,
  );
}

/** A string literal compared with a date is read as a date (`@timestamp > "2024-01-01T00:00:00Z"`). */
function dateLiteral(side: Compiled, other: Compiled): Compiled {
  if (other.kind !== "date" || !side.isConst) return side;
  const v = constValue(side);
  if (typeof v !== "string") return side;
  const ms = toEpochMs(v);
  return ms === null ? side : constant(ms, "date");
}

function compileComparison(op: string, l: Compiled, r: Compiled): Compiled {
  const left = dateLiteral(l, r);
  const right = dateLiteral(r, l);
  if (op === "=") return lift2(left, right, valuesEqual);
  if (op === "!=")
    return lift2(left, right, (a, b) => {
      const eq = valuesEqual(a, b);
      return eq === null ? null : !eq;
    });
  const test: (c: number) => boolean =
    op === "<" ? (c) => c < 0 : op === "<=" ? (c) => c <= 0 : op === ">" ? (c) => c > 0 : (c) => c >= 0;
  return lift2(left, right, (a, b): Value => {
    const c = compareForOperator(a, b);
    return c === null ? null : test(c);
  });
}

function compileLogic(op: "and" | "or", left: Compiled, right: Compiled): Compiled {
  const gl = left.fn;
  const gr = right.fn;
  const isConst = left.isConst && right.isConst;
  if (op === "and") {
    return {
      fn: (r) => {
        const a = toBool(gl(r));
        if (a === false) return false;
        const b = toBool(gr(r));
        if (b === false) return false;
        return a === null || b === null ? null : true;
      },
      kind: "any",
      isConst,
    };
  }
  return {
    fn: (r) => {
      const a = toBool(gl(r));
      if (a === true) return true;
      const b = toBool(gr(r));
      if (b === true) return true;
      return a === null || b === null ? null : false;
    },
    kind: "any",
    isConst,
  };
}
