// CloudWatch Logs Insights query language (Logs Insights QL) and FilterLogEvents filter patterns.
// Pure TypeScript: used by the simulator's StartQuery/GetQueryResults and by the query editor's validation.

export type {
  ComparisonRequest,
  CompiledQuery,
  CompileOptions,
  DiffTarget,
  Kind,
  LogEvent,
  QueryResult,
  QueryRun,
  QueryStatistics,
  ResultField,
  StructValue,
  Value,
} from "./types";
export type { Command, Expr, Query, SourceClause } from "./ast";
export { InvalidFilterPatternError, LogsQuerySyntaxError } from "./errors";
export { parseQuery } from "./parser";
export { compileQuery, runQuery } from "./run/compile-query";
export { comparisonWindow } from "./run/comparison-window";
export { validateQuery, type QueryValidation, type QueryValidationError } from "./validate";
export { extractSources, parseSourceClause, stripSource } from "./sources";
export { matchesFilterPattern, parseFilterPattern, type FilterPattern } from "./filter-pattern";
export { formatTimestamp } from "./format/format-value";
