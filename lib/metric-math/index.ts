// Public API of the Metric Math engine (pure TypeScript: simulator, server and browser all use it).
export type * from "./types";
export type { Expr } from "./ast";
export type { ValueType } from "./evaluator/values";
export { parseExpression, isMetricsInsightsText } from "./parser";
export { MetricMathSyntaxError, MetricMathValidationError, MetricMathTypeError } from "./errors";
export {
  validateExpression,
  EXPRESSION_MAX_LENGTH,
  type ValidationResult,
  type ValidateOptions,
} from "./validate";
export { evaluateExpressions, type EvaluateExpressionsInput } from "./evaluator/evaluate-request";
export { OPERATORS as BINARY_OPERATORS, type NumericOp } from "./evaluator/kernels";
export type { BinaryOperator } from "./ast";
export { FUNCTION_NAMES } from "./functions/registry";
export { parseSearch } from "./search/parse";
export { matchesSearch, type SearchMatchOptions } from "./search/match";
export { searchMemberLabels } from "./search/labels";
export { listTokens as searchTokens } from "./search/tokens";
export type { SearchQuery, SearchNode, SearchSchema, SearchValue } from "./search/types";
export { parseMetricsInsights } from "./insights/parse";
export { matchesInsightsQuery, insightsGroupValues, INSIGHTS_MISSING_GROUP_VALUE } from "./insights/match";
export type * from "./insights/types";
export { resolveDynamicLabel, type DynamicLabelContext } from "./labels/dynamic-labels";
export * as semantics from "./semantics";
export { DEFAULT_SEMANTICS, type MathSemantics } from "./semantics";
