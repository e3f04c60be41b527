// Functions whose data comes from outside the request: SEARCH, LAMBDA, DB_PERF_INSIGHTS,
// INSIGHT_RULE_METRIC and SERVICE_QUOTA. They call the caller-provided hooks.
import type { CallNode, Expr } from "../ast";
import type { EvalEnv } from "../evaluator/env";
import { array, single, type Value } from "../evaluator/values";
import { MetricMathEvaluationError, MetricMathSyntaxError } from "../errors";
import { parseSearch } from "../search/parse";
import { VALIDATION_MESSAGES } from "../semantics";
import type { EvaluationHooks } from "../types";
import { argNode, evaluateScalar, evaluateSeriesOrArray, expectArg, stringLiteral } from "./helpers";
import type { CheckContext, FunctionDef } from "./types";

export const INSIGHT_RULE_STATISTICS = [
  "UniqueContributors",
  "MaxContributorValue",
  "SampleCount",
  "Sum",
  "Minimum",
  "Maximum",
  "Average",
] as const;

/** Up to 20 arguments after the function name (section 3.1). */
export const LAMBDA_MAX_ARGUMENTS = 20;

function requireHook<K extends keyof EvaluationHooks>(
  env: EvalEnv,
  key: K,
  fn: string,
): NonNullable<EvaluationHooks[K]> {
  const hook = env.hooks[key];
  if (!hook) throw new MetricMathEvaluationError(VALIDATION_MESSAGES.missingHook(fn));
  return hook;
}

function isBooleanWord(node: Expr): node is Extract<Expr, { type: "identifier" }> {
  return node.type === "identifier" && (node.name === "true" || node.name === "false");
}

/** Literal-ish arguments of LAMBDA / DB_PERF_INSIGHTS: strings, numbers and the words true/false. */
function checkLiteralArgs(ctx: CheckContext, from: number): void {
  for (let i = from; i < ctx.call.args.length; i++) {
    const node = argNode(ctx.call, i);
    if (!isBooleanWord(node)) expectArg(ctx, i, ["STR", "S"]);
  }
}

async function literalArgs(
  call: CallNode,
  env: EvalEnv,
  from: number,
): Promise<Array<string | number | boolean>> {
  const out: Array<string | number | boolean> = [];
  for (let i = from; i < call.args.length; i++) {
    const node = argNode(call, i);
    if (node.type === "string") out.push(node.value);
    else if (isBooleanWord(node)) out.push(node.name === "true");
    else out.push(await evaluateScalar(env, node));
  }
  return out;
}

const SEARCH: FunctionDef = {
  minArgs: 2,
  maxArgs: 3,
  signature: "SEARCH('search terms', 'Statistic'[, period])",
  check(ctx) {
    const queryNode = argNode(ctx.call, 0);
    if (queryNode.type !== "string")
      return ctx.fail("the first argument of SEARCH must be a quoted search string", queryNode);
    try {
      parseSearch(queryNode.value);
    } catch (error) {
      if (!(error instanceof MetricMathSyntaxError)) throw error;
      const at = Math.min(queryNode.start + 1 + error.position, queryNode.end - 1);
      ctx.failAt(`invalid search: ${error.detail}`, at, Math.min(at + 1, queryNode.end));
    }
    const statNode = argNode(ctx.call, 1);
    if (statNode.type !== "string")
      return ctx.fail("the second argument of SEARCH must be a quoted statistic", statNode);
    if (statNode.value.trim() === "" && ctx.semantics.searchEmptyStatistic === "reject") {
      ctx.fail("SEARCH needs a statistic", statNode);
    }
    if (ctx.call.args.length > 2) {
      const periodNode = argNode(ctx.call, 2);
      expectArg(ctx, 2, ["S"]);
      if (periodNode.type === "number" && !(periodNode.value > 0 && Number.isInteger(periodNode.value))) {
        ctx.fail("the period of SEARCH must be a positive whole number of seconds", periodNode);
      }
    }
    return "TS[]";
  },
  async evaluate(call, env) {
    const query = stringLiteral(argNode(call, 0));
    let stat = stringLiteral(argNode(call, 1)).trim();
    if (stat === "") stat = "Average";
    const periodNode = call.args[2];
    const period = periodNode ? await evaluateScalar(env, periodNode) : env.query.period;
    if (period !== undefined && !(period > 0 && Number.isInteger(period))) {
      throw new MetricMathEvaluationError(
        `the period of SEARCH must be a positive whole number of seconds, got ${period}`,
      );
    }
    const search = requireHook(env, "search", "SEARCH");
    return array(await search(period === undefined ? { query, stat } : { query, stat, period }));
  },
};

const LAMBDA: FunctionDef = {
  minArgs: 1,
  maxArgs: LAMBDA_MAX_ARGUMENTS + 1,
  signature: 'LAMBDA("functionName"[, arguments...])',
  check(ctx) {
    expectArg(ctx, 0, ["STR"]);
    checkLiteralArgs(ctx, 1);
    return "TS[]";
  },
  async evaluate(call, env) {
    const lambda = requireHook(env, "lambda", "LAMBDA");
    const name = stringLiteral(argNode(call, 0));
    return array(await lambda(name, await literalArgs(call, env, 1)));
  },
};

const DB_PERF_INSIGHTS: FunctionDef = {
  minArgs: 1,
  maxArgs: 10,
  signature: "DB_PERF_INSIGHTS('service', 'resourceId', 'metric'...)",
  check(ctx) {
    checkLiteralArgs(ctx, 0);
    return "TS[]";
  },
  async evaluate(call, env) {
    const hook = requireHook(env, "dbPerfInsights", "DB_PERF_INSIGHTS");
    return array(await hook(await literalArgs(call, env, 0), env.defaultPeriod));
  },
};

const INSIGHT_RULE_METRIC: FunctionDef = {
  minArgs: 2,
  maxArgs: 2,
  signature: "INSIGHT_RULE_METRIC('ruleName', 'statistic')",
  check(ctx) {
    expectArg(ctx, 0, ["STR"]);
    expectArg(ctx, 1, ["STR"]);
    const statNode = argNode(ctx.call, 1);
    if (statNode.type === "string" && !INSIGHT_RULE_STATISTICS.some((s) => s === statNode.value)) {
      ctx.fail(
        `the statistic of INSIGHT_RULE_METRIC must be one of ${INSIGHT_RULE_STATISTICS.join(", ")}`,
        statNode,
      );
    }
    return "TS";
  },
  async evaluate(call, env) {
    const hook = requireHook(env, "insightRuleMetric", "INSIGHT_RULE_METRIC");
    const period = env.query.period;
    if (period === undefined) {
      throw new MetricMathEvaluationError("INSIGHT_RULE_METRIC needs the Period of its query to be set");
    }
    const rule = stringLiteral(argNode(call, 0));
    const stat = stringLiteral(argNode(call, 1));
    return single(await hook(rule, stat, period));
  },
};

const SERVICE_QUOTA: FunctionDef = {
  minArgs: 1,
  maxArgs: 1,
  signature: "SERVICE_QUOTA(usageMetric)",
  check(ctx) {
    expectArg(ctx, 0, ["TS"]);
    return "TS";
  },
  async evaluate(call, env): Promise<Value> {
    const hook = requireHook(env, "serviceQuota", "SERVICE_QUOTA");
    const usage = await evaluateSeriesOrArray(env, argNode(call, 0));
    if (usage.kind !== "TS") throw new MetricMathEvaluationError("SERVICE_QUOTA needs a single usage metric");
    return single(await hook(usage.series));
  },
};

export const DATA_SOURCE_FUNCTIONS: Record<string, FunctionDef> = {
  SEARCH,
  LAMBDA,
  DB_PERF_INSIGHTS,
  INSIGHT_RULE_METRIC,
  SERVICE_QUOTA,
};
