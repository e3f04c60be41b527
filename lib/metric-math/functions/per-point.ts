// ABS, CEIL, FLOOR, LOG, LOG10: applied to every reported point; missing stays missing.
import type { CallNode } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { mapSeries } from "../evaluator/kernels";
import { scalar, type Value } from "../evaluator/values";
import { argNode, expectArg, mapSeriesValue } from "./helpers";
import type { FunctionDef } from "./types";

function perPoint(name: string, fn: (v: number) => number): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    signature: `${name}(x)`,
    check: (ctx) => expectArg(ctx, 0, ["TS", "TS[]", "S"]),
    async evaluate(call: CallNode, env: EvalEnv): Promise<Value> {
      const value = await env.evaluate(argNode(call, 0));
      if (value.kind === "S") return scalar(fn(value.value));
      return mapSeriesValue(value, env.labelFor(call), (series, label) => mapSeries(series, fn, env, label));
    },
  };
}

export const PER_POINT_FUNCTIONS: Record<string, FunctionDef> = {
  ABS: perPoint("ABS", Math.abs),
  CEIL: perPoint("CEIL", Math.ceil),
  FLOOR: perPoint("FLOOR", Math.floor),
  LOG: perPoint("LOG", Math.log),
  LOG10: perPoint("LOG10", Math.log10),
};
