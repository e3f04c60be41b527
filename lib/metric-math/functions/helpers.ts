import type { CallNode, Expr } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { MetricMathEvaluationError } from "../errors";
import type { Value } from "../evaluator/values";
import type { TimeSeries } from "../types";
import type { CheckContext, CheckType } from "./types";

const TYPE_NAMES: Record<CheckType, string> = {
  S: "a number",
  TS: "a time series",
  "TS[]": "an array of time series",
  STR: "a string",
  KW: "a keyword",
};

export function describeTypes(types: readonly CheckType[]): string {
  const names = types.map((t) => TYPE_NAMES[t]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;
}

export function argNode(call: CallNode, index: number): Expr {
  const node = call.args[index];
  if (!node) throw new MetricMathEvaluationError(`${call.name} is missing argument ${index + 1}`);
  return node;
}

/** Checks that argument `index` has one of the allowed types and returns that type. */
export function expectArg<T extends CheckType>(ctx: CheckContext, index: number, allowed: readonly T[]): T {
  const node = argNode(ctx.call, index);
  const type = ctx.typeOf(node);
  const match = allowed.find((t) => t === type);
  if (match === undefined) {
    ctx.fail(
      `argument ${index + 1} of ${ctx.call.name} must be ${describeTypes(allowed)}, not ${TYPE_NAMES[type]}`,
      node,
    );
  }
  return match;
}

/** Checks that argument `index` is one of the bare keywords and returns it. */
export function expectKeyword(ctx: CheckContext, index: number, allowed: readonly string[]): string {
  const node = argNode(ctx.call, index);
  if (node.type !== "keyword" || !allowed.includes(node.name)) {
    ctx.fail(`argument ${index + 1} of ${ctx.call.name} must be one of ${allowed.join(", ")}`, node);
  }
  return node.name;
}

export function stringLiteral(node: Expr): string {
  if (node.type !== "string") throw new MetricMathEvaluationError("internal: expected a string literal");
  return node.value;
}

export async function evaluateScalar(env: EvalEnv, node: Expr): Promise<number> {
  const value = await env.evaluate(node);
  if (value.kind !== "S") throw new MetricMathEvaluationError("internal: expected a number");
  return value.value;
}

/** Evaluates a series-valued argument; a scalar is not accepted here (the checker already refused it). */
export async function evaluateSeriesOrArray(
  env: EvalEnv,
  node: Expr,
): Promise<Exclude<Value, { kind: "S" }>> {
  const value = await env.evaluate(node);
  if (value.kind === "S") throw new MetricMathEvaluationError("internal: expected a time series");
  return value;
}

/** Applies a per-series transformation to a TS or to each member of a TS[] (members keep their labels). */
export function mapSeriesValue(
  value: Exclude<Value, { kind: "S" }>,
  label: string,
  fn: (series: TimeSeries, label: string) => TimeSeries,
): Value {
  if (value.kind === "TS") return { kind: "TS", series: fn(value.series, label) };
  return { kind: "TS[]", members: value.members.map((m) => fn(m, m.label)) };
}
