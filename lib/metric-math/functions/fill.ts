// FILL(x, value | series | REPEAT | LINEAR): makes x dense on the request grid at x's period.
import type { CallNode } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { MetricMathEvaluationError } from "../errors";
import { denseTimestamps } from "../evaluator/grid";
import { unionTimestamps } from "../evaluator/kernels";
import { deriveSeries, type Value } from "../evaluator/values";
import type { TimeSeries } from "../types";
import { argNode, evaluateSeriesOrArray, expectArg, expectKeyword, mapSeriesValue } from "./helpers";
import type { FunctionDef } from "./types";

type FillSource =
  | { kind: "scalar"; value: number }
  | { kind: "series"; series: TimeSeries }
  | { kind: "REPEAT" }
  | { kind: "LINEAR" };

function fillSeries(series: TimeSeries, source: FillSource, env: EvalEnv, label: string): TimeSeries {
  const { timestamps, values, period } = series;
  const empty = timestamps.length === 0;
  if (
    empty &&
    (source.kind === "REPEAT" || source.kind === "LINEAR" || env.semantics.fillEmptySeries === "stay-empty")
  ) {
    return deriveSeries(series, label, period, [], []);
  }
  const all = unionTimestamps([denseTimestamps(env.grid, period), timestamps]);
  const ts: number[] = [];
  const vs: number[] = [];
  const backfill = env.semantics.fillRepeatLeadingGap === "backfill-first-value";
  const extendEdges = env.semantics.fillLinearEdgeGaps === "extend-nearest-value";
  const other = source.kind === "series" ? source.series : undefined;
  let j = 0; // next reported point of `series` at or after the current timestamp
  let o = 0; // pointer into the filling series
  for (let k = 0; k < all.length; k++) {
    const t = all[k] ?? 0;
    if (timestamps[j] === t) {
      ts.push(t);
      vs.push(values[j++] ?? 0);
      continue;
    }
    let v = NaN;
    let produce = true;
    switch (source.kind) {
      case "scalar":
        v = source.value;
        break;
      case "series": {
        const ot = other?.timestamps ?? [];
        while ((ot[o] ?? Infinity) < t) o++;
        produce = ot[o] === t;
        v = produce ? (other?.values[o] ?? 0) : NaN;
        break;
      }
      case "REPEAT":
        if (j > 0) v = values[j - 1] ?? 0;
        else if (backfill) v = values[0] ?? 0;
        else produce = false;
        break;
      case "LINEAR": {
        const hasPrev = j > 0;
        const hasNext = j < timestamps.length;
        if (hasPrev && hasNext) {
          const t0 = timestamps[j - 1] ?? 0;
          const t1 = timestamps[j] ?? 0;
          const v0 = values[j - 1] ?? 0;
          const v1 = values[j] ?? 0;
          v = v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
        } else if (extendEdges) {
          v = hasPrev ? (values[j - 1] ?? 0) : (values[j] ?? 0);
        } else {
          produce = false;
        }
        break;
      }
    }
    if (!produce) continue;
    if (v - v === 0) {
      ts.push(t);
      vs.push(v);
    } else {
      env.flagArithmetic();
    }
  }
  return deriveSeries(series, label, period, ts, vs);
}

export const FILL: FunctionDef = {
  minArgs: 2,
  maxArgs: 2,
  signature: "FILL(x, value | series | REPEAT | LINEAR)",
  check(ctx) {
    const type = expectArg(ctx, 0, ["TS", "TS[]"]);
    if (ctx.call.args[1]?.type === "keyword") expectKeyword(ctx, 1, ["REPEAT", "LINEAR"]);
    else expectArg(ctx, 1, ["S", "TS"]);
    return type;
  },
  async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
    const target = await evaluateSeriesOrArray(env, argNode(call, 0));
    const fillArg = argNode(call, 1);
    let source: FillSource;
    if (fillArg.type === "keyword") {
      source = fillArg.name === "REPEAT" ? { kind: "REPEAT" } : { kind: "LINEAR" };
    } else {
      const value = await env.evaluate(fillArg);
      if (value.kind === "S") source = { kind: "scalar", value: value.value };
      else if (value.kind === "TS") source = { kind: "series", series: value.series };
      else throw new MetricMathEvaluationError("internal: FILL with an array as fill value");
    }
    return mapSeriesValue(target, env.labelFor(call), (series, label) =>
      fillSeries(series, source, env, label),
    );
  },
};
