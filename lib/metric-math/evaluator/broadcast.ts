import { MetricMathEvaluationError } from "../errors";
import type { TimeSeries } from "../types";
import type { EvalEnv } from "./env";
import { array, single, type Value } from "./values";

/** A scalar or one series: what a point-wise computation sees after arrays are split into members. */
export type Operand = number | TimeSeries;

function toOperand(value: Value, index: number): Operand {
  if (value.kind === "S") return value.value;
  if (value.kind === "TS") return value.series;
  const member = value.members[index];
  if (!member) throw new MetricMathEvaluationError("internal: array member out of range");
  return member;
}

/**
 * Runs `compute` once when no operand is an array, or once per member when some are (section 3.2:
 * operations between TS[] and TS or S apply to each member and keep the members' labels). Arrays combined
 * with arrays pair members by position.
 */
export function mapBroadcast(
  values: readonly Value[],
  env: EvalEnv,
  what: string,
  compute: (operands: Operand[], memberLabel: string | undefined) => TimeSeries,
): Value {
  const arrays = values.filter((v): v is Extract<Value, { kind: "TS[]" }> => v.kind === "TS[]");
  const first = arrays[0];
  if (!first)
    return single(
      compute(
        values.map((v) => toOperand(v, 0)),
        undefined,
      ),
    );
  if (arrays.length > 1 && env.semantics.arrayArrayOperations === "reject") {
    throw new MetricMathEvaluationError(`${what} cannot combine two arrays of time series`);
  }
  const length = first.members.length;
  for (const other of arrays) {
    if (other.members.length !== length) {
      throw new MetricMathEvaluationError(
        `${what} needs arrays of the same size, got ${length} and ${other.members.length} time series`,
      );
    }
  }
  const members: TimeSeries[] = [];
  for (let i = 0; i < length; i++) {
    members.push(
      compute(
        values.map((v) => toOperand(v, i)),
        first.members[i]?.label,
      ),
    );
  }
  return array(members);
}
