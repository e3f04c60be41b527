// METRICS, FIRST, LAST, SORT, SLICE, REMOVE_EMPTY: functions that pick or reorder array members.
import type { CallNode } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { array, emptySeries, single, type Value } from "../evaluator/values";
import { MetricMathEvaluationError } from "../errors";
import type { TimeSeries } from "../types";
import {
  argNode,
  evaluateScalar,
  evaluateSeriesOrArray,
  expectArg,
  expectKeyword,
  stringLiteral,
} from "./helpers";
import { reduceSeries } from "./statistics";
import type { FunctionDef } from "./types";

async function members(env: EvalEnv, call: CallNode): Promise<TimeSeries[]> {
  const value = await evaluateSeriesOrArray(env, argNode(call, 0));
  return value.kind === "TS" ? [value.series] : value.members;
}

function wholeNumber(value: number, call: CallNode, what: string): number {
  if (!Number.isInteger(value)) {
    throw new MetricMathEvaluationError(`${what} of ${call.name} must be a whole number, got ${value}`);
  }
  return value;
}

const METRICS: FunctionDef = {
  minArgs: 0,
  maxArgs: 1,
  signature: 'METRICS(["substring"])',
  check(ctx) {
    if (ctx.call.args.length === 1) expectArg(ctx, 0, ["STR"]);
    return "TS[]";
  },
  evaluate(call, env) {
    const filterNode = call.args[0];
    const filter = filterNode ? stringLiteral(filterNode) : undefined;
    const selected = env.stats.filter((s) => filter === undefined || s.id.includes(filter));
    return array(selected.map((s) => s.series));
  },
};

function pick(which: "FIRST" | "LAST"): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    signature: `${which}(array)`,
    check(ctx) {
      expectArg(ctx, 0, ["TS[]", "TS"]);
      return "TS";
    },
    async evaluate(call, env) {
      const list = await members(env, call);
      const chosen = which === "FIRST" ? list[0] : list[list.length - 1];
      return single(chosen ?? emptySeries(env.labelFor(call), env.defaultPeriod));
    },
  };
}

const SORT: FunctionDef = {
  minArgs: 3,
  maxArgs: 4,
  signature: "SORT(array, AVG|MIN|MAX|SUM, ASC|DESC[, count])",
  check(ctx) {
    expectArg(ctx, 0, ["TS[]", "TS"]);
    expectKeyword(ctx, 1, ["AVG", "MIN", "MAX", "SUM"]);
    expectKeyword(ctx, 2, ["ASC", "DESC"]);
    if (ctx.call.args.length > 3) expectArg(ctx, 3, ["S"]);
    return "TS[]";
  },
  async evaluate(call, env): Promise<Value> {
    const list = await members(env, call);
    const byNode = argNode(call, 1);
    const orderNode = argNode(call, 2);
    const by =
      byNode.type === "keyword" && (byNode.name === "MIN" || byNode.name === "MAX" || byNode.name === "SUM")
        ? byNode.name
        : "AVG";
    const descending = orderNode.type === "keyword" && orderNode.name === "DESC";
    const keyed = list.map((series, index) => ({
      series,
      index,
      key: reduceSeries(by, series, env.grid, env.semantics),
    }));
    keyed.sort((x, y) => {
      // [I] members without points (NaN key) go last whatever the order.
      const xNaN = Number.isNaN(x.key);
      const yNaN = Number.isNaN(y.key);
      if (xNaN || yNaN) return xNaN === yNaN ? x.index - y.index : xNaN ? 1 : -1;
      const diff = descending ? y.key - x.key : x.key - y.key;
      return diff !== 0 ? diff : x.index - y.index;
    });
    let sorted = keyed.map((k) => k.series);
    const countNode = call.args[3];
    if (countNode) {
      const count = wholeNumber(await evaluateScalar(env, countNode), call, "the count");
      sorted = sorted.slice(0, Math.max(0, count));
    }
    return array(sorted);
  },
};

const SLICE: FunctionDef = {
  minArgs: 2,
  maxArgs: 3,
  signature: "SLICE(array, start[, end])",
  check(ctx) {
    expectArg(ctx, 0, ["TS[]", "TS"]);
    expectArg(ctx, 1, ["S"]);
    if (ctx.call.args.length > 2) expectArg(ctx, 2, ["S"]);
    return "TS[]";
  },
  async evaluate(call, env) {
    const list = await members(env, call);
    const start = wholeNumber(await evaluateScalar(env, argNode(call, 1)), call, "the start index");
    const endNode = call.args[2];
    const end = endNode
      ? wholeNumber(await evaluateScalar(env, endNode), call, "the end index")
      : list.length;
    return array(list.slice(start, end));
  },
};

const REMOVE_EMPTY: FunctionDef = {
  minArgs: 1,
  maxArgs: 1,
  signature: "REMOVE_EMPTY(array)",
  check(ctx) {
    expectArg(ctx, 0, ["TS[]", "TS"]);
    return "TS[]";
  },
  async evaluate(call, env) {
    return array((await members(env, call)).filter((m) => m.timestamps.length > 0));
  },
};

export const ARRAY_FUNCTIONS: Record<string, FunctionDef> = {
  METRICS,
  FIRST: pick("FIRST"),
  LAST: pick("LAST"),
  SORT,
  SLICE,
  REMOVE_EMPTY,
};
