// The compile-time interfaces shared by the expression compiler, the function families and the commands.

import type { Expr, Span } from "../ast";
import type { Kind, Value } from "../types";
import { Row, type Getter } from "./row";

export interface Compiled {
  fn: Getter;
  kind: Kind;
  /** True when the value does not depend on the row (folded at compile time). */
  isConst: boolean;
}

export type CallExpr = Extract<Expr, { k: "call" }>;

/** How field names and aggregate calls resolve at one point of the pipeline. */
export interface Scope {
  readonly src: string;
  /** Epoch ms for now(). */
  readonly now: number;
  resolveField(name: string, span: Span): Compiled;
  /** A column named after an expression's text (`count(*)`, `bin(5m)`) after stats; null if none. */
  lookupColumn(canonicalText: string): Compiled | null;
  /** Set only while compiling the items of a stats command. */
  readonly aggregate: ((call: CallExpr) => Compiled) | null;
}

export type CompileFn = (e: Expr) => Compiled;

export interface FunctionDef {
  /** Minimum and maximum argument counts (Infinity for variadic). */
  min: number;
  max: number;
  compile(call: CallExpr, scope: Scope, compile: CompileFn): Compiled;
}

const CONST_ROW = new Row();

export function constant(v: Value, kind: Kind = "any"): Compiled {
  return { fn: () => v, kind, isConst: true };
}

/** Evaluates a constant expression. */
export function constValue(c: Compiled): Value {
  return c.fn(CONST_ROW);
}

export function lift1(a: Compiled, f: (x: Value) => Value, kind: Kind = "any"): Compiled {
  const g = a.fn;
  if (a.isConst) return constant(f(g(CONST_ROW)), kind);
  return { fn: (r) => f(g(r)), kind, isConst: false };
}

export function lift2(
  a: Compiled,
  b: Compiled,
  f: (x: Value, y: Value) => Value,
  kind: Kind = "any",
): Compiled {
  const ga = a.fn;
  const gb = b.fn;
  if (a.isConst && b.isConst) return constant(f(ga(CONST_ROW), gb(CONST_ROW)), kind);
  if (b.isConst) {
    const vb = gb(CONST_ROW);
    return { fn: (r) => f(ga(r), vb), kind, isConst: false };
  }
  return { fn: (r) => f(ga(r), gb(r)), kind, isConst: false };
}

export function liftN(args: Compiled[], f: (xs: Value[]) => Value, kind: Kind = "any"): Compiled {
  const gs = args.map((a) => a.fn);
  const n = gs.length;
  if (args.every((a) => a.isConst)) return constant(f(gs.map((g) => g(CONST_ROW))), kind);
  // One scratch array per compiled call: evaluation is single-threaded and `f` must not keep it.
  const scratch: Value[] = new Array<Value>(n).fill(null);
  return {
    fn: (r) => {
      for (let i = 0; i < n; i++) scratch[i] = (gs[i] as Getter)(r);
      return f(scratch);
    },
    kind,
    isConst: false,
  };
}

/** The i-th compiled argument (arity is checked before `compile` runs). */
export function argAt(args: Compiled[], i: number): Compiled {
  const a = args[i];
  if (a === undefined) throw new Error(`internal: missing argument ${i}`);
  return a;
}

/** Compiles every argument of a call. */
export function compileArgs(call: CallExpr, compile: CompileFn): Compiled[] {
  return call.args.map((a) => compile(a));
}

/** Removes whitespace outside quotes so `count( * )` and `count(*)` name the same column. */
export function canonicalText(text: string): string {
  let out = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (quote !== "") {
      out += c;
      if (c === "\\") {
        out += text[i + 1] ?? "";
        i++;
      } else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
    } else if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") {
      out += c;
    }
  }
  return out;
}
