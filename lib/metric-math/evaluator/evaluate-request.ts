// Evaluates every expression of one GetMetricData request: duplicate/unknown id and cycle detection,
// dependency order, type checks, then evaluation and labelling. ReturnData filtering is the caller's job.
import type { Expr } from "../ast";
import { checkExpression, collectReferences } from "../checker";
import {
  MetricMathEvaluationError,
  MetricMathSyntaxError,
  MetricMathTypeError,
  MetricMathValidationError,
} from "../errors";
import { labelResult } from "../labels/result-labels";
import { parseExpression } from "../parser";
import {
  ARITHMETIC_ERROR_MESSAGE,
  DEFAULT_SEMANTICS,
  VALIDATION_MESSAGES,
  type MathSemantics,
} from "../semantics";
import type {
  EvaluationGrid,
  EvaluationHooks,
  ExpressionQuery,
  ExpressionResult,
  FetchedStatQuery,
} from "../types";
import { evaluateAst, type RequestRuntime } from "./evaluate-node";
import { scalar, single, type Value } from "./values";

export interface EvaluateExpressionsInput {
  stats: FetchedStatQuery[];
  expressions: ExpressionQuery[];
  grid: EvaluationGrid;
  hooks?: EvaluationHooks;
  /** Overrides of the section-12 choices (tests, or a caller that wants the other branch). */
  semantics?: Partial<MathSemantics>;
  /** Dynamic label resolution for expression Labels; `now` is epoch seconds (default: grid end). */
  labelOptions?: { timezone?: string; now?: number; accountLabel?: string; resolveDynamic?: boolean };
}

interface ParsedExpression {
  query: ExpressionQuery;
  ast: Expr;
  references: string[];
}

function fail(id: string, detail: string): never {
  throw new MetricMathValidationError(VALIDATION_MESSAGES.inExpression(id, detail));
}

function checkUniqueIds(input: EvaluateExpressionsInput): void {
  const seen = new Set<string>();
  for (const id of [...input.stats.map((s) => s.id), ...input.expressions.map((e) => e.id)]) {
    if (seen.has(id)) throw new MetricMathValidationError(VALIDATION_MESSAGES.duplicateId(id));
    seen.add(id);
  }
}

function parseAll(input: EvaluateExpressionsInput): Map<string, ParsedExpression> {
  const statIds = new Set(input.stats.map((s) => s.id));
  const expressionIds = new Set(input.expressions.map((e) => e.id));
  const parsed = new Map<string, ParsedExpression>();
  let insightsQueries = 0;
  for (const query of input.expressions) {
    let ast: Expr;
    try {
      ast = parseExpression(query.expression);
    } catch (error) {
      if (error instanceof MetricMathSyntaxError) fail(query.id, error.message);
      throw error;
    }
    if (ast.type === "insights" && ++insightsQueries > 1) {
      throw new MetricMathValidationError(VALIDATION_MESSAGES.multipleInsightsQueries());
    }
    const references = collectReferences(ast);
    for (const ref of references) {
      if (!statIds.has(ref) && !expressionIds.has(ref)) fail(query.id, VALIDATION_MESSAGES.unknownId(ref));
    }
    parsed.set(query.id, { query, ast, references });
  }
  return parsed;
}

/** Expression ids in an order where every expression comes after the expressions it references. */
function dependencyOrder(parsed: Map<string, ParsedExpression>): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (id: string): void => {
    const current = state.get(id);
    if (current === "done") return;
    if (current === "visiting") {
      const cycle = [...stack.slice(stack.indexOf(id)), id];
      throw new MetricMathValidationError(VALIDATION_MESSAGES.cycle(cycle));
    }
    state.set(id, "visiting");
    stack.push(id);
    for (const ref of parsed.get(id)?.references ?? []) if (parsed.has(ref)) visit(ref);
    stack.pop();
    state.set(id, "done");
    order.push(id);
  };
  for (const id of parsed.keys()) visit(id);
  return order;
}

export async function evaluateExpressions(
  input: EvaluateExpressionsInput,
): Promise<Map<string, ExpressionResult>> {
  const semantics: MathSemantics = { ...DEFAULT_SEMANTICS, ...input.semantics };
  checkUniqueIds(input);
  const parsed = parseAll(input);
  const order = dependencyOrder(parsed);

  const statById = new Map(input.stats.map((s) => [s.id, s]));
  const values = new Map<string, Value>();
  for (const stat of input.stats) values.set(stat.id, single(stat.series));
  const runtime: RequestRuntime = {
    grid: input.grid,
    hooks: input.hooks ?? {},
    semantics,
    stats: input.stats,
    statById: (id) => statById.get(id),
    lookup: (id) => values.get(id),
  };
  const labelOptions = {
    now: input.labelOptions?.now ?? input.grid.end,
    resolveDynamic: input.labelOptions?.resolveDynamic ?? true,
    ...(input.labelOptions?.timezone !== undefined ? { timezone: input.labelOptions.timezone } : {}),
    ...(input.labelOptions?.accountLabel !== undefined
      ? { accountLabel: input.labelOptions.accountLabel }
      : {}),
  };

  const results = new Map<string, ExpressionResult>();
  for (const id of order) {
    const entry = parsed.get(id);
    if (!entry) continue;
    const { query, ast } = entry;
    try {
      const { type } = checkExpression(ast, {
        idType: (ref) => values.get(ref)?.kind,
        semantics,
      });
      if (type === "S" && query.returnData) fail(id, VALIDATION_MESSAGES.scalarResult());
      const { value, arithmeticError } = await evaluateAst(ast, query.expression, query, runtime);
      const messages = arithmeticError ? [{ ...ARITHMETIC_ERROR_MESSAGE }] : [];
      if (value.kind === "S") {
        values.set(id, scalar(value.value));
        results.set(id, { id, series: [], messages, valueType: "S", scalar: value.value });
        continue;
      }
      const series = labelResult(value, query, query.expression, semantics, labelOptions);
      // Later expressions see a TS under its final label, and an array's members with their own labels.
      values.set(id, value.kind === "TS" && series[0] ? single(series[0]) : value);
      results.set(id, { id, series, messages, valueType: value.kind });
    } catch (error) {
      if (error instanceof MetricMathTypeError || error instanceof MetricMathEvaluationError) {
        fail(id, error.message);
      }
      throw error;
    }
  }
  const ordered = new Map<string, ExpressionResult>();
  for (const query of input.expressions) {
    const result = results.get(query.id);
    if (result) ordered.set(query.id, result);
  }
  return ordered;
}
