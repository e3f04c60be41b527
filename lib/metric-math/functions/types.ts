import type { CallNode, Expr } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import type { MathSemantics } from "../semantics";
import type { Value, ValueType } from "../evaluator/values";

/** Static type of a sub-expression; strings and bare keywords only appear as function arguments. */
export type CheckType = ValueType | "STR" | "KW";

export interface CheckContext {
  readonly call: CallNode;
  readonly semantics: MathSemantics;
  /** Types an argument (recording the ids and functions it uses). */
  typeOf(node: Expr): CheckType;
  /** Throws a type error spanning `node` (the whole call by default). */
  fail(message: string, node?: Expr): never;
  /** Throws a type error spanning explicit offsets (e.g. inside a SEARCH string). */
  failAt(message: string, start: number, end: number): never;
}

export interface FunctionDef {
  minArgs: number;
  maxArgs: number;
  /** Human-readable signature for arity errors, e.g. "FILL(x, value)". */
  signature: string;
  check(ctx: CheckContext): ValueType;
  evaluate(call: CallNode, env: EvalEnv): Promise<Value> | Value;
}
