// ANOMALY_DETECTION_BAND(m[, k]): [upper, lower]. Uses the caller's model when given, otherwise a flat
// mean ± k·stddev band over the input's points (the simulator has no trained models) [I].
import { deriveSeries, array } from "../evaluator/values";
import { MetricMathEvaluationError } from "../errors";
import { ANOMALY_BAND_LABELS } from "../semantics";
import { argNode, evaluateScalar, evaluateSeriesOrArray, expectArg } from "./helpers";
import { reduceSeries } from "./statistics";
import type { FunctionDef } from "./types";

/** Band width in standard deviations when the second argument is omitted. */
export const ANOMALY_BAND_DEFAULT_WIDTH = 2;

export const ANOMALY_DETECTION_BAND: FunctionDef = {
  minArgs: 1,
  maxArgs: 2,
  signature: "ANOMALY_DETECTION_BAND(metric[, standardDeviations])",
  check(ctx) {
    expectArg(ctx, 0, ["TS"]);
    if (ctx.call.args.length > 1) expectArg(ctx, 1, ["S"]);
    return "TS[]";
  },
  async evaluate(call, env) {
    const input = await evaluateSeriesOrArray(env, argNode(call, 0));
    if (input.kind !== "TS")
      throw new MetricMathEvaluationError("ANOMALY_DETECTION_BAND needs a single time series");
    const widthNode = call.args[1];
    const width = widthNode ? await evaluateScalar(env, widthNode) : ANOMALY_BAND_DEFAULT_WIDTH;
    if (env.hooks.anomalyBand) {
      const [upper, lower] = await env.hooks.anomalyBand(input.series, width);
      return array([upper, lower]);
    }
    const series = input.series;
    const mean = reduceSeries("AVG", series, env.grid, env.semantics);
    const deviation = reduceSeries("STDDEV", series, env.grid, env.semantics);
    const n = series.timestamps.length;
    const ok = mean - mean === 0 && deviation - deviation === 0;
    const upper: number[] = [];
    const lower: number[] = [];
    if (ok) {
      for (let i = 0; i < n; i++) {
        upper.push(mean + width * deviation);
        lower.push(mean - width * deviation);
      }
    }
    const ts = ok ? series.timestamps.slice() : [];
    return array([
      deriveSeries(series, ANOMALY_BAND_LABELS[0], series.period, ts, upper),
      deriveSeries(series, ANOMALY_BAND_LABELS[1], series.period, ts.slice(), lower),
    ]);
  },
};
