// AVG, SUM, MIN, MAX, STDDEV, DATAPOINT_COUNT (TS → S, TS[] → TS per timestamp) and METRIC_COUNT.
import type { CallNode } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { unionTimestamps } from "../evaluator/kernels";
import { deriveSeries, scalar, single, type Value } from "../evaluator/values";
import type { TimeSeries } from "../types";
import { argNode, evaluateSeriesOrArray, expectArg } from "./helpers";
import { reduceSeries, standardDeviation, type Reduction } from "./statistics";
import type { FunctionDef } from "./types";

/**
 * Per-timestamp reduction across members over the union of their timestamps. Missing members count as 0
 * for AVG/SUM/STDDEV (documented); for MIN/MAX they are ignored or 0 depending on semantics.
 */
export function reduceAcrossMembers(
  reduction: Reduction,
  members: readonly TimeSeries[],
  env: EvalEnv,
  label: string,
): TimeSeries {
  if (members.length === 0) return deriveSeries(undefined, label, env.defaultPeriod, [], []);
  const period = members.reduce((p, m) => Math.min(p, m.period), Infinity);
  const timestamps = unionTimestamps(members.map((m) => m.timestamps));
  const n = timestamps.length;
  const size = members.length;
  const sum = new Float64Array(n);
  const count = new Uint32Array(n);
  const min = new Float64Array(n).fill(Infinity);
  const max = new Float64Array(n).fill(-Infinity);
  for (const member of members) {
    let k = 0;
    for (let i = 0; i < member.timestamps.length; i++) {
      const t = member.timestamps[i] ?? 0;
      while ((timestamps[k] ?? Infinity) < t) k++;
      const v = member.values[i] ?? 0;
      sum[k] = (sum[k] ?? 0) + v;
      count[k] = (count[k] ?? 0) + 1;
      if (v < (min[k] ?? Infinity)) min[k] = v;
      if (v > (max[k] ?? -Infinity)) max[k] = v;
    }
  }
  const zeroForMissing = env.semantics.arrayMinMaxMissing === "zero";
  const values: number[] = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const s = sum[k] ?? 0;
    const c = count[k] ?? 0;
    const hasMissing = c < size;
    switch (reduction) {
      case "SUM":
        values[k] = s;
        break;
      case "AVG":
        values[k] = s / size;
        break;
      case "DATAPOINT_COUNT":
        values[k] = c;
        break;
      case "MIN":
        values[k] = zeroForMissing && hasMissing ? Math.min(min[k] ?? 0, 0) : (min[k] ?? 0);
        break;
      case "MAX":
        values[k] = zeroForMissing && hasMissing ? Math.max(max[k] ?? 0, 0) : (max[k] ?? 0);
        break;
      case "STDDEV":
        values[k] = 0;
        break;
    }
  }
  if (reduction === "STDDEV") fillStddev(values, timestamps, members, sum, count, env);
  return deriveSeries(undefined, label, period, timestamps, values);
}

function fillStddev(
  out: number[],
  timestamps: number[],
  members: readonly TimeSeries[],
  sum: Float64Array,
  count: Uint32Array,
  env: EvalEnv,
): void {
  const size = members.length;
  const squares = new Float64Array(timestamps.length);
  for (const member of members) {
    let k = 0;
    for (let i = 0; i < member.timestamps.length; i++) {
      const t = member.timestamps[i] ?? 0;
      while ((timestamps[k] ?? Infinity) < t) k++;
      const d = (member.values[i] ?? 0) - (sum[k] ?? 0) / size;
      squares[k] = (squares[k] ?? 0) + d * d;
    }
  }
  for (let k = 0; k < timestamps.length; k++) {
    const mean = (sum[k] ?? 0) / size;
    const missing = size - (count[k] ?? 0);
    out[k] = standardDeviation((squares[k] ?? 0) + missing * mean * mean, size, env.semantics.stddevKind);
  }
  // A single member gives an undefined sample deviation; drop those points like other NaN results.
  if (out.some((v) => !(v - v === 0))) {
    env.flagArithmetic();
    let w = 0;
    for (let k = 0; k < out.length; k++) {
      const v = out[k] ?? NaN;
      if (v - v === 0) {
        out[w] = v;
        timestamps[w] = timestamps[k] ?? 0;
        w++;
      }
    }
    out.length = w;
    timestamps.length = w;
  }
}

function aggregate(reduction: Reduction): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    signature: `${reduction}(x)`,
    check: (ctx) => (expectArg(ctx, 0, ["TS", "TS[]"]) === "TS" ? "S" : "TS"),
    async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
      const value = await evaluateSeriesOrArray(env, argNode(call, 0));
      if (value.kind === "TS") return scalar(reduceSeries(reduction, value.series, env.grid, env.semantics));
      return single(reduceAcrossMembers(reduction, value.members, env, env.labelFor(call)));
    },
  };
}

const METRIC_COUNT: FunctionDef = {
  minArgs: 1,
  maxArgs: 1,
  signature: "METRIC_COUNT(array)",
  check(ctx) {
    expectArg(ctx, 0, ["TS[]", "TS"]);
    return "S";
  },
  async evaluate(call, env) {
    const value = await evaluateSeriesOrArray(env, argNode(call, 0));
    return scalar(value.kind === "TS" ? 1 : value.members.length);
  },
};

export const AGGREGATE_FUNCTIONS: Record<string, FunctionDef> = {
  AVG: aggregate("AVG"),
  SUM: aggregate("SUM"),
  MIN: aggregate("MIN"),
  MAX: aggregate("MAX"),
  STDDEV: aggregate("STDDEV"),
  DATAPOINT_COUNT: aggregate("DATAPOINT_COUNT"),
  METRIC_COUNT,
};
