// IF(condition, a[, b]) with the per-timestamp semantics of section 3.4.
import type { CallNode } from "../ast";
import { mapBroadcast, type Operand } from "../evaluator/broadcast";
import type { EvalEnv } from "../evaluator/env";
import { denseTimestamps } from "../evaluator/grid";
import { deriveSeries, emptySeries, type Value, type ValueType } from "../evaluator/values";
import { MetricMathEvaluationError } from "../errors";
import type { TimeSeries } from "../types";
import { argNode, expectArg } from "./helpers";
import type { FunctionDef } from "./types";

const NUMERIC = ["S", "TS", "TS[]"] as const;

function widest(types: readonly ValueType[]): ValueType {
  if (types.includes("TS[]")) return "TS[]";
  return types.includes("TS") ? "TS" : "S";
}

/** Value of `operand` at `t`, advancing `cursor` (operands are walked in time order). */
function valueAt(operand: TimeSeries, t: number, cursor: { i: number }): number | undefined {
  const ts = operand.timestamps;
  while ((ts[cursor.i] ?? Infinity) < t) cursor.i++;
  return ts[cursor.i] === t ? (operand.values[cursor.i] ?? 0) : undefined;
}

/**
 * Output only where the condition has a point. True → a (0 when a is missing there); false → b (no point
 * when b is missing or omitted).
 */
function ifPointwise(cond: TimeSeries, a: Operand, b: Operand | undefined, label: string): TimeSeries {
  const ts: number[] = [];
  const vs: number[] = [];
  const aCursor = { i: 0 };
  const bCursor = { i: 0 };
  for (let k = 0; k < cond.timestamps.length; k++) {
    const t = cond.timestamps[k] ?? 0;
    let v: number | undefined;
    if ((cond.values[k] ?? 0) !== 0) {
      v = typeof a === "number" ? a : (valueAt(a, t, aCursor) ?? 0);
    } else if (b !== undefined) {
      v = typeof b === "number" ? b : valueAt(b, t, bCursor);
    }
    if (v === undefined) continue;
    ts.push(t);
    vs.push(v);
  }
  const source = typeof a === "number" ? cond : a;
  return deriveSeries(source, label, cond.period, ts, vs);
}

/** Converts the chosen branch of a scalar-condition IF to the type the other branch implies. */
function widen(value: Value | undefined, target: ValueType, env: EvalEnv, label: string): Value {
  if (value === undefined) {
    if (target === "S") return { kind: "S", value: NaN };
    if (target === "TS") return { kind: "TS", series: emptySeries(label, env.defaultPeriod) };
    return { kind: "TS[]", members: [] };
  }
  if (value.kind === target) return value;
  const series =
    value.kind === "S"
      ? (() => {
          const ts = denseTimestamps(env.grid, env.defaultPeriod);
          return deriveSeries(
            undefined,
            label,
            env.defaultPeriod,
            ts,
            ts.map(() => value.value),
          );
        })()
      : value.kind === "TS"
        ? value.series
        : undefined;
  if (!series) throw new MetricMathEvaluationError("internal: cannot narrow an array in IF");
  return target === "TS" ? { kind: "TS", series } : { kind: "TS[]", members: [series] };
}

export const IF: FunctionDef = {
  minArgs: 2,
  maxArgs: 3,
  signature: "IF(condition, trueValue[, falseValue])",
  check(ctx) {
    const cond = expectArg(ctx, 0, NUMERIC);
    const branches = [expectArg(ctx, 1, NUMERIC)];
    if (ctx.call.args.length > 2) branches.push(expectArg(ctx, 2, NUMERIC));
    if (cond === "S") return widest(branches);
    return widest([cond, ...branches]);
  },
  async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
    const cond = await env.evaluate(argNode(call, 0));
    const a = await env.evaluate(argNode(call, 1));
    const bNode = call.args[2];
    const b = bNode ? await env.evaluate(bNode) : undefined;
    const label = env.labelFor(call);
    if (cond.kind === "S") {
      const target = widest(b ? [a.kind, b.kind] : [a.kind]);
      return widen(cond.value !== 0 ? a : b, target, env, label);
    }
    const values = b ? [a, b, cond] : [a, cond];
    return mapBroadcast(values, env, "IF", (operands, memberLabel) => {
      const [aOp, second, third] = operands;
      const condOp = b ? third : second;
      const bOp = b ? second : undefined;
      if (aOp === undefined || condOp === undefined || typeof condOp === "number") {
        throw new MetricMathEvaluationError("internal: IF operands");
      }
      return ifPointwise(condOp, aOp, bOp, memberLabel ?? label);
    });
  },
};
