// Point-wise kernels. Series are sparse and sorted, so element-wise operations are linear merges of the
// timestamp arrays; values go straight into plain number arrays (no per-point objects).
import type { BinaryOperator } from "../ast";
import type { TimeSeries } from "../types";
import type { EvalEnv } from "./env";
import { deriveSeries } from "./values";

export type NumericOp = (a: number, b: number) => number;

/** The point-wise binary operators, shared with the simulator's compiled alarm fast path. */
export const OPERATORS: Readonly<Record<BinaryOperator, NumericOp>> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "^": (a, b) => Math.pow(a, b),
  "==": (a, b) => (a === b ? 1 : 0),
  "!=": (a, b) => (a !== b ? 1 : 0),
  "<": (a, b) => (a < b ? 1 : 0),
  "<=": (a, b) => (a <= b ? 1 : 0),
  ">": (a, b) => (a > b ? 1 : 0),
  ">=": (a, b) => (a >= b ? 1 : 0),
  AND: (a, b) => (a !== 0 && b !== 0 ? 1 : 0),
  OR: (a, b) => (a !== 0 || b !== 0 ? 1 : 0),
};

export function operatorFunction(op: BinaryOperator): NumericOp {
  return OPERATORS[op];
}

/** Whether a dropped x/0 point stays silent (no ArithmeticError) under the current semantics. */
function quietDivisionByZero(op: BinaryOperator, env: EvalEnv): boolean {
  return op === "/" && !env.semantics.divisionByZeroReportsArithmeticError;
}

/** Union of both timestamp sets; a side missing at a timestamp counts as 0 (section 3.2). */
export function combineSeriesSeries(
  a: TimeSeries,
  b: TimeSeries,
  op: BinaryOperator,
  env: EvalEnv,
  label: string,
): TimeSeries {
  const fn = OPERATORS[op];
  const quiet = quietDivisionByZero(op, env);
  const at = a.timestamps;
  const av = a.values;
  const bt = b.timestamps;
  const bv = b.values;
  const na = at.length;
  const nb = bt.length;
  const ts: number[] = [];
  const vs: number[] = [];
  let i = 0;
  let j = 0;
  while (i < na || j < nb) {
    const ta = i < na ? (at[i] ?? 0) : Infinity;
    const tb = j < nb ? (bt[j] ?? 0) : Infinity;
    let t: number;
    let x = 0;
    let y = 0;
    if (ta < tb) {
      t = ta;
      x = av[i++] ?? 0;
    } else if (tb < ta) {
      t = tb;
      y = bv[j++] ?? 0;
    } else {
      t = ta;
      x = av[i++] ?? 0;
      y = bv[j++] ?? 0;
    }
    const r = fn(x, y);
    if (r - r === 0) {
      ts.push(t);
      vs.push(r);
    } else if (!(quiet && y === 0)) {
      env.flagArithmetic();
    }
  }
  return deriveSeries(undefined, label, Math.min(a.period, b.period), ts, vs);
}

/** Series ⊕ scalar keeps the series' sparsity. */
export function combineSeriesScalar(
  series: TimeSeries,
  value: number,
  op: BinaryOperator,
  scalarOnLeft: boolean,
  env: EvalEnv,
  label: string,
): TimeSeries {
  const fn = OPERATORS[op];
  const quiet = quietDivisionByZero(op, env);
  const src = series.values;
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const v = src[i] ?? 0;
    const r = scalarOnLeft ? fn(value, v) : fn(v, value);
    if (r - r === 0) {
      ts.push(series.timestamps[i] ?? 0);
      vs.push(r);
    } else if (!(quiet && (scalarOnLeft ? v : value) === 0)) {
      env.flagArithmetic();
    }
  }
  return deriveSeries(series, label, series.period, ts, vs);
}

/** Applies `fn` to every reported point; non-finite results are dropped with an ArithmeticError. */
export function mapSeries(
  series: TimeSeries,
  fn: (v: number) => number,
  env: EvalEnv,
  label: string,
): TimeSeries {
  const src = series.values;
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const r = fn(src[i] ?? 0);
    if (r - r === 0) {
      ts.push(series.timestamps[i] ?? 0);
      vs.push(r);
    } else {
      env.flagArithmetic();
    }
  }
  return deriveSeries(series, label, series.period, ts, vs);
}

/** Sorted union of several sorted timestamp arrays (pairwise linear merges). */
export function unionTimestamps(lists: readonly (readonly number[])[]): number[] {
  let acc: number[] = [];
  for (const list of lists) acc = mergeTwo(acc, list);
  return acc;
}

function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}
