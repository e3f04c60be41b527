import type { Expr } from "../ast";
import type { MathSemantics } from "../semantics";
import type { EvaluationGrid, EvaluationHooks, ExpressionQuery, FetchedStatQuery } from "../types";
import type { Value } from "./values";

/** Everything a function or operator needs while one expression query is evaluated. */
export interface EvalEnv {
  readonly grid: EvaluationGrid;
  readonly hooks: EvaluationHooks;
  readonly semantics: MathSemantics;
  readonly query: ExpressionQuery;
  /** The expression text, for labels of intermediate results. */
  readonly text: string;
  /** MetricStat queries in request order (METRICS()). */
  readonly stats: readonly FetchedStatQuery[];
  statById(id: string): FetchedStatQuery | undefined;
  evaluate(node: Expr): Promise<Value>;
  /** Label for a series computed by `node` (its source text). */
  labelFor(node: Expr): string;
  /** Record that a NaN/±Infinity point was dropped (ArithmeticError message). */
  flagArithmetic(): void;
  /** Period for results that only depend on the grid: the query's Period, else the grid default. */
  readonly defaultPeriod: number;
}
