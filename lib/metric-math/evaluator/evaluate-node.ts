import type { Expr, InsightsNode } from "../ast";
import { MetricMathEvaluationError } from "../errors";
import { lookupFunction } from "../functions/registry";
import { VALIDATION_MESSAGES, type MathSemantics } from "../semantics";
import type {
  EvaluationGrid,
  EvaluationHooks,
  ExpressionQuery,
  FetchedStatQuery,
  TimeSeries,
} from "../types";
import type { EvalEnv } from "./env";
import { binaryValue, negateValue } from "./operators";
import { array, emptySeries, single, type Value } from "./values";

/** What one request provides to each of its expressions. */
export interface RequestRuntime {
  grid: EvaluationGrid;
  hooks: EvaluationHooks;
  semantics: MathSemantics;
  stats: readonly FetchedStatQuery[];
  statById(id: string): FetchedStatQuery | undefined;
  /** Value of an already evaluated query id (stats and earlier expressions). */
  lookup(id: string): Value | undefined;
}

export interface NodeEvaluation {
  value: Value;
  arithmeticError: boolean;
}

async function evaluateInsights(node: InsightsNode, env: EvalEnv): Promise<Value> {
  const hook = env.hooks.metricsInsights;
  if (!hook)
    throw new MetricMathEvaluationError(VALIDATION_MESSAGES.missingHook("Metrics Insights (SELECT)"));
  const series: TimeSeries[] = await hook(node.sql, env.defaultPeriod);
  if (node.query.groupBy.length > 0) return array(series);
  return single(series[0] ?? emptySeries(env.query.id, env.defaultPeriod));
}

/** Evaluates one expression query's AST (already type-checked) against the request. */
export async function evaluateAst(
  ast: Expr,
  text: string,
  query: ExpressionQuery,
  runtime: RequestRuntime,
): Promise<NodeEvaluation> {
  let arithmeticError = false;
  const env: EvalEnv = {
    grid: runtime.grid,
    hooks: runtime.hooks,
    semantics: runtime.semantics,
    query,
    text,
    stats: runtime.stats,
    statById: runtime.statById,
    defaultPeriod: query.period ?? runtime.grid.defaultPeriod,
    labelFor: (node) => text.slice(node.start, node.end).trim(),
    flagArithmetic: () => {
      arithmeticError = true;
    },
    evaluate,
  };

  async function evaluate(node: Expr): Promise<Value> {
    switch (node.type) {
      case "number":
        return { kind: "S", value: node.value };
      case "identifier": {
        const value = runtime.lookup(node.name);
        if (!value) throw new MetricMathEvaluationError(VALIDATION_MESSAGES.unknownId(node.name));
        return value;
      }
      case "unary":
        return negateValue(await evaluate(node.operand), env, env.labelFor(node));
      case "binary": {
        const left = await evaluate(node.left);
        const right = await evaluate(node.right);
        return binaryValue(node.op, left, right, env, env.labelFor(node));
      }
      case "array": {
        const members: TimeSeries[] = [];
        for (const item of node.items) {
          const value = await evaluate(item);
          if (value.kind === "S") throw new MetricMathEvaluationError("array elements must be time series");
          if (value.kind === "TS") members.push(value.series);
          else members.push(...value.members);
        }
        return array(members);
      }
      case "call": {
        const def = lookupFunction(node.name);
        if (!def) throw new MetricMathEvaluationError(`Unknown function ${node.name}`);
        return def.evaluate(node, env);
      }
      case "insights":
        return evaluateInsights(node, env);
      case "string":
      case "keyword":
        throw new MetricMathEvaluationError("a string or keyword can only be used as a function argument");
    }
  }

  const value = await evaluate(ast);
  return { value, arithmeticError };
}
