// Behaviour the public sources leave open (AWS-SEMANTICS.md section 12, items 1-7). Each choice is one named
// constant so it can be flipped in a single place; the evaluator reads them through `MathSemantics` so tests
// can exercise both branches without editing this file.

export type SingleSeriesAggregation = "existing-points" | "missing-as-zero";
export type StddevKind = "population" | "sample";
export type FillRepeatLeadingGap = "leave-empty" | "backfill-first-value";
export type FillLinearEdgeGaps = "leave-empty" | "extend-nearest-value";
export type FillEmptySeries = "dense" | "stay-empty";
export type DiffFirstPoint = "drop" | "zero";
export type DiffAcrossGaps = "previous-existing" | "drop-after-gap";
export type RunningSumAtMissing = "no-point" | "carry-total";
export type ArrayMinMaxMissing = "ignore" | "zero";
export type ExpressionDefaultLabel = "id" | "expression-text";
export type ArrayMemberLabel = "expression-then-member" | "member-only";
export type SearchMemberLabel = "distinguishing-values" | "all-dimension-values";
export type ArrayArrayOperations = "pairwise" | "reject";
export type SearchEmptyStatistic = "reject" | "default-average";

/** [I] 12.1: AVG/MIN/MAX/STDDEV of one sparse series use only reported points (AVG(m1) = 30, not 24). */
export const SINGLE_SERIES_AGGREGATION: SingleSeriesAggregation = "existing-points";

/** [I] 12.1: STDDEV is the population standard deviation (divide by n), not the sample one (n - 1). */
export const STDDEV_KIND: StddevKind = "population";

/** [I] 12.2: FILL(x, REPEAT) leaves buckets before the first real value empty. */
export const FILL_REPEAT_LEADING_GAP: FillRepeatLeadingGap = "leave-empty";

/** [I] 12.2: FILL(x, LINEAR) leaves leading/trailing gaps (no value on one side) empty. */
export const FILL_LINEAR_EDGE_GAPS: FillLinearEdgeGaps = "leave-empty";

/** [I] 12.2: FILL(x, scalar-or-series) on a series without any point still produces the dense grid. */
export const FILL_EMPTY_SERIES: FillEmptySeries = "dense";

/** [I] 12.3: DIFF/DIFF_TIME/RATE produce no point for the first reported point (instead of 0). */
export const DIFF_FIRST_POINT: DiffFirstPoint = "drop";

/** [I] 12.3: DIFF & co. compare with the previous *reported* point, even across missing buckets. */
export const DIFF_ACROSS_GAPS: DiffAcrossGaps = "previous-existing";

/** [I] 12.4: RUNNING_SUM has no output where the input bucket is missing (instead of repeating the total). */
export const RUNNING_SUM_AT_MISSING: RunningSumAtMissing = "no-point";

/** [I] 12.5: MIN/MAX across an array ignore members missing at a timestamp (instead of counting them as 0). */
export const ARRAY_MIN_MAX_MISSING: ArrayMinMaxMissing = "ignore";

/** [I] 12.6: an expression without Label is labelled with its Id. */
export const EXPRESSION_DEFAULT_LABEL: ExpressionDefaultLabel = "id";

/** [I] 12.6: members of an array result are labelled "<expression label> <member label>". */
export const ARRAY_MEMBER_LABEL: ArrayMemberLabel = "expression-then-member";

/** [I] 12.6: SEARCH members are labelled by what distinguishes them (differing dimension values, metric names). */
export const SEARCH_MEMBER_LABEL: SearchMemberLabel = "distinguishing-values";

/** [I] 3.2: dividing by zero also reports the ArithmeticError message (x/0 is ±Infinity or NaN). */
export const DIVISION_BY_ZERO_REPORTS_ARITHMETIC_ERROR = true;

/** [I] 3.2: TS[] op TS[] combines members pairwise when both arrays have the same length; otherwise an error. */
export const ARRAY_ARRAY_OPERATIONS: ArrayArrayOperations = "pairwise";

/** [I] 4.1: SEARCH with an empty statistic ('') is rejected rather than defaulted. */
export const SEARCH_EMPTY_STATISTIC: SearchEmptyStatistic = "reject";

/** [I] 2.6: at most five dynamic values per label; further placeholders stay verbatim. */
export const MAX_DYNAMIC_LABEL_VALUES = 5;

/** [I] 2.6: numbers in dynamic labels are rounded to this many fraction digits (trailing zeros dropped). */
export const LABEL_MAX_FRACTION_DIGITS = 4;

/** [I] 3.3: MINUTE/HOUR/DAY/DATE/MONTH/YEAR read bucket timestamps in UTC. */
export const TIME_FUNCTIONS_UTC_OFFSET_SECONDS = 0;

/** [I] 3.3: labels of the synthetic anomaly band members (upper first, as FIRST/LAST rely on it). */
export const ANOMALY_BAND_LABELS: readonly [upper: string, lower: string] = ["Upper bound", "Lower bound"];

/** Recorded from real AWS responses [V]. */
export const ARITHMETIC_ERROR_MESSAGE = {
  code: "ArithmeticError",
  value: "One or more data-points have been dropped due to non-numeric values (NaN, -Infinite, +Infinite)",
} as const;

/**
 * [I] 12.7: request-level ValidationError texts. AWS's exact wording was never captured; these follow its
 * usual "Error in expression <id>: ..." style so they are easy to adjust in one place.
 */
export const VALIDATION_MESSAGES = {
  inExpression: (id: string, detail: string): string => `Error in expression ${id}: ${detail}`,
  syntax: (detail: string, position: number): string => `Syntax error at position ${position}: ${detail}`,
  duplicateId: (id: string): string =>
    `The Id ${id} is used by more than one query. Ids must be unique within MetricDataQueries.`,
  unknownId: (ref: string): string => `Unrecognized metric or expression id: ${ref}`,
  cycle: (path: readonly string[]): string => `Circular dependency between expressions: ${path.join(" -> ")}`,
  scalarResult: (): string =>
    "The expression returns a single number; a returned expression must produce a time series or an array of time series (wrap it in TIME_SERIES())",
  multipleInsightsQueries: (): string =>
    "Only one Metrics Insights query (SELECT ...) is allowed per GetMetricData request",
  missingHook: (fn: string): string =>
    `${fn} is not available in this environment (no data source configured)`,
} as const;

export interface MathSemantics {
  singleSeriesAggregation: SingleSeriesAggregation;
  stddevKind: StddevKind;
  fillRepeatLeadingGap: FillRepeatLeadingGap;
  fillLinearEdgeGaps: FillLinearEdgeGaps;
  fillEmptySeries: FillEmptySeries;
  diffFirstPoint: DiffFirstPoint;
  diffAcrossGaps: DiffAcrossGaps;
  runningSumAtMissing: RunningSumAtMissing;
  arrayMinMaxMissing: ArrayMinMaxMissing;
  expressionDefaultLabel: ExpressionDefaultLabel;
  arrayMemberLabel: ArrayMemberLabel;
  divisionByZeroReportsArithmeticError: boolean;
  arrayArrayOperations: ArrayArrayOperations;
  searchEmptyStatistic: SearchEmptyStatistic;
}

export const DEFAULT_SEMANTICS: Readonly<MathSemantics> = Object.freeze({
  singleSeriesAggregation: SINGLE_SERIES_AGGREGATION,
  stddevKind: STDDEV_KIND,
  fillRepeatLeadingGap: FILL_REPEAT_LEADING_GAP,
  fillLinearEdgeGaps: FILL_LINEAR_EDGE_GAPS,
  fillEmptySeries: FILL_EMPTY_SERIES,
  diffFirstPoint: DIFF_FIRST_POINT,
  diffAcrossGaps: DIFF_ACROSS_GAPS,
  runningSumAtMissing: RUNNING_SUM_AT_MISSING,
  arrayMinMaxMissing: ARRAY_MIN_MAX_MISSING,
  expressionDefaultLabel: EXPRESSION_DEFAULT_LABEL,
  arrayMemberLabel: ARRAY_MEMBER_LABEL,
  divisionByZeroReportsArithmeticError: DIVISION_BY_ZERO_REPORTS_ARITHMETIC_ERROR,
  arrayArrayOperations: ARRAY_ARRAY_OPERATIONS,
  searchEmptyStatistic: SEARCH_EMPTY_STATISTIC,
});
