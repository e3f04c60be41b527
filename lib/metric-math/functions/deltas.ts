// DIFF, DIFF_TIME, RATE and RUNNING_SUM: functions of consecutive reported points.
import type { CallNode } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { denseTimestamps } from "../evaluator/grid";
import { unionTimestamps } from "../evaluator/kernels";
import { deriveSeries, type Value } from "../evaluator/values";
import type { TimeSeries } from "../types";
import { argNode, evaluateSeriesOrArray, expectArg, mapSeriesValue } from "./helpers";
import type { FunctionDef } from "./types";

type DeltaKind = "DIFF" | "DIFF_TIME" | "RATE";

function delta(kind: DeltaKind, series: TimeSeries, env: EvalEnv, label: string): TimeSeries {
  const { timestamps, values, period } = series;
  const zeroFirst = env.semantics.diffFirstPoint === "zero";
  const breakAtGaps = env.semantics.diffAcrossGaps === "drop-after-gap";
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i] ?? 0;
    const v = values[i] ?? 0;
    const hasPrevious = i > 0;
    const prevT = hasPrevious ? (timestamps[i - 1] ?? 0) : t;
    const prevV = hasPrevious ? (values[i - 1] ?? 0) : v;
    if (!hasPrevious) {
      if (zeroFirst) {
        ts.push(t);
        vs.push(0);
      }
      continue;
    }
    if (breakAtGaps && t - prevT > period) continue;
    const dt = t - prevT;
    const r = kind === "DIFF" ? v - prevV : kind === "DIFF_TIME" ? dt : (v - prevV) / dt;
    if (r - r === 0) {
      ts.push(t);
      vs.push(r);
    } else {
      env.flagArithmetic();
    }
  }
  return deriveSeries(series, label, period, ts, vs);
}

function runningSum(series: TimeSeries, env: EvalEnv, label: string): TimeSeries {
  const { timestamps, values, period } = series;
  const first = timestamps[0];
  if (env.semantics.runningSumAtMissing === "no-point" || first === undefined) {
    const vs: number[] = new Array<number>(values.length);
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      total += values[i] ?? 0;
      vs[i] = total;
    }
    return deriveSeries(series, label, period, timestamps.slice(), vs);
  }
  // carry-total: every bucket from the first reported point on shows the total so far.
  const grid = denseTimestamps(env.grid, period).filter((t) => t >= first);
  const all = unionTimestamps([grid, timestamps]);
  const vs: number[] = new Array<number>(all.length);
  let total = 0;
  let j = 0;
  for (let k = 0; k < all.length; k++) {
    if (timestamps[j] === all[k]) total += values[j++] ?? 0;
    vs[k] = total;
  }
  return deriveSeries(series, label, period, all, vs);
}

function seriesFunction(
  name: string,
  transform: (series: TimeSeries, env: EvalEnv, label: string) => TimeSeries,
): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    signature: `${name}(x)`,
    check: (ctx) => expectArg(ctx, 0, ["TS", "TS[]"]),
    async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
      const value = await evaluateSeriesOrArray(env, argNode(call, 0));
      return mapSeriesValue(value, env.labelFor(call), (series, label) => transform(series, env, label));
    },
  };
}

export const DELTA_FUNCTIONS: Record<string, FunctionDef> = {
  DIFF: seriesFunction("DIFF", (s, env, label) => delta("DIFF", s, env, label)),
  DIFF_TIME: seriesFunction("DIFF_TIME", (s, env, label) => delta("DIFF_TIME", s, env, label)),
  RATE: seriesFunction("RATE", (s, env, label) => delta("RATE", s, env, label)),
  RUNNING_SUM: seriesFunction("RUNNING_SUM", runningSum),
};
