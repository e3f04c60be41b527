import type { BinaryOperator } from "../ast";
import { MetricMathEvaluationError } from "../errors";
import type { TimeSeries } from "../types";
import { mapBroadcast, type Operand } from "./broadcast";
import type { EvalEnv } from "./env";
import { combineSeriesScalar, combineSeriesSeries, mapSeries, operatorFunction } from "./kernels";
import { scalar, type Value } from "./values";

function combineOperands(
  op: BinaryOperator,
  a: Operand,
  b: Operand,
  env: EvalEnv,
  label: string,
): TimeSeries {
  if (typeof a === "number") {
    if (typeof b === "number")
      throw new MetricMathEvaluationError("internal: scalar operands in a series operation");
    return combineSeriesScalar(b, a, op, true, env, label);
  }
  if (typeof b === "number") return combineSeriesScalar(a, b, op, false, env, label);
  return combineSeriesSeries(a, b, op, env, label);
}

export function binaryValue(
  op: BinaryOperator,
  left: Value,
  right: Value,
  env: EvalEnv,
  label: string,
): Value {
  if (left.kind === "S" && right.kind === "S") return scalar(operatorFunction(op)(left.value, right.value));
  return mapBroadcast([left, right], env, `The operator ${op}`, ([a, b], memberLabel) => {
    if (a === undefined || b === undefined) throw new MetricMathEvaluationError("internal: missing operand");
    return combineOperands(op, a, b, env, memberLabel ?? label);
  });
}

export function negateValue(value: Value, env: EvalEnv, label: string): Value {
  // 0 - v rather than -v so that a 0 stays 0 instead of becoming -0.
  const negate = (v: number): number => 0 - v;
  switch (value.kind) {
    case "S":
      return scalar(negate(value.value));
    case "TS":
      return { kind: "TS", series: mapSeries(value.series, negate, env, label) };
    case "TS[]":
      return { kind: "TS[]", members: value.members.map((m) => mapSeries(m, negate, env, m.label)) };
  }
}
