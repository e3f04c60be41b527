// TIME_SERIES, PERIOD and the calendar functions MINUTE/HOUR/DAY/DATE/MONTH/YEAR/EPOCH.
import type { CallNode } from "../ast";
import { civilFromDays, daysSinceEpoch, isoWeekday, secondsOfDay } from "../calendar";
import type { EvalEnv } from "../evaluator/env";
import { denseTimestamps } from "../evaluator/grid";
import { deriveSeries, scalar, single, type Value } from "../evaluator/values";
import { MetricMathEvaluationError } from "../errors";
import { TIME_FUNCTIONS_UTC_OFFSET_SECONDS } from "../semantics";
import type { TimeSeries } from "../types";
import { argNode, evaluateScalar, evaluateSeriesOrArray, expectArg, mapSeriesValue } from "./helpers";
import type { FunctionDef } from "./types";

const CALENDAR: Record<string, (t: number) => number> = {
  MINUTE: (t) => Math.floor(secondsOfDay(t) / 60) % 60,
  HOUR: (t) => Math.floor(secondsOfDay(t) / 3600),
  DAY: (t) => isoWeekday(t),
  DATE: (t) => civilFromDays(daysSinceEpoch(t)).day,
  MONTH: (t) => civilFromDays(daysSinceEpoch(t)).month,
  YEAR: (t) => civilFromDays(daysSinceEpoch(t)).year,
  EPOCH: (t) => t,
};

/** Dense series over the grid at the input's period, valued from each bucket's (UTC) timestamp. */
function calendarSeries(
  name: string,
  fn: (t: number) => number,
  series: TimeSeries,
  env: EvalEnv,
  label: string,
) {
  const ts = denseTimestamps(env.grid, series.period);
  const offset = name === "EPOCH" ? 0 : TIME_FUNCTIONS_UTC_OFFSET_SECONDS;
  const vs: number[] = new Array<number>(ts.length);
  for (let i = 0; i < ts.length; i++) vs[i] = fn((ts[i] ?? 0) + offset);
  return deriveSeries(series, label, series.period, ts, vs);
}

function calendarFunction(name: string, fn: (t: number) => number): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    signature: `${name}(x)`,
    check: (ctx) => expectArg(ctx, 0, ["TS", "TS[]"]),
    async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
      const value = await evaluateSeriesOrArray(env, argNode(call, 0));
      return mapSeriesValue(value, env.labelFor(call), (series, label) =>
        calendarSeries(name, fn, series, env, label),
      );
    },
  };
}

const TIME_SERIES: FunctionDef = {
  minArgs: 1,
  maxArgs: 1,
  signature: "TIME_SERIES(number)",
  check(ctx) {
    expectArg(ctx, 0, ["S"]);
    return "TS";
  },
  async evaluate(call, env) {
    const value = await evaluateScalar(env, argNode(call, 0));
    const ts = denseTimestamps(env.grid, env.defaultPeriod);
    if (!(value - value === 0)) {
      if (ts.length > 0) env.flagArithmetic();
      return single(deriveSeries(undefined, env.labelFor(call), env.defaultPeriod, [], []));
    }
    return single(
      deriveSeries(
        undefined,
        env.labelFor(call),
        env.defaultPeriod,
        ts,
        ts.map(() => value),
      ),
    );
  },
};

const PERIOD: FunctionDef = {
  minArgs: 1,
  maxArgs: 1,
  signature: "PERIOD(metricId)",
  check(ctx) {
    const node = argNode(ctx.call, 0);
    if (node.type !== "identifier") ctx.fail("PERIOD accepts only the id of a metric", node);
    expectArg(ctx, 0, ["TS"]);
    return "S";
  },
  evaluate(call, env) {
    const node = argNode(call, 0);
    const stat = node.type === "identifier" ? env.statById(node.name) : undefined;
    if (!stat) {
      throw new MetricMathEvaluationError(
        "PERIOD accepts only metrics, not the results of other expressions",
      );
    }
    return scalar(stat.series.period);
  },
};

export const TIME_FUNCTIONS: Record<string, FunctionDef> = {
  TIME_SERIES,
  PERIOD,
  ...Object.fromEntries(Object.entries(CALENDAR).map(([name, fn]) => [name, calendarFunction(name, fn)])),
};
