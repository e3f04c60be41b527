// Public types of the Logs Insights engine. Pure TypeScript: the simulator (StartQuery/GetQueryResults) and the
// query editor's inline validation both use it.

export interface LogEvent {
  /** Event time, epoch milliseconds. */
  timestamp: number;
  /** Epoch milliseconds. */
  ingestionTime: number;
  message: string;
  logStream: string;
  logGroup: string;
  /** Opaque id usable with GetLogRecord. */
  ptr: string;
}

/** A parsed JSON object or array, produced by `jsonParse` (structure type). */
export type StructValue = { readonly [key: string]: unknown } | readonly unknown[];

/** A value during evaluation. `null` is "missing"; dates are epoch-ms numbers tagged statically (see Kind). */
export type Value = number | string | boolean | null | StructValue;

/** Static type of a compiled expression: only dates need it, to be printed as `YYYY-MM-DD HH:MM:SS.mmm`. */
export type Kind = "date" | "any";

export interface ResultField {
  field: string;
  value: string;
}

export interface QueryStatistics {
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
}

export interface QueryResult {
  /** Output column names, in order (without `@ptr`, which each non-aggregated row carries at its end). */
  fields: string[];
  rows: ResultField[][];
  statistics: QueryStatistics;
}

export interface QueryRun {
  /** Processes more events (any order). Ignored once `done` is true (`limit any n` satisfied). */
  feed(events: Iterable<LogEvent>): void;
  /**
   * Processes events of the comparison period of a `diff` query (see CompiledQuery.comparison), in any order
   * and interleaved with `feed` as convenient. Ignored for other queries and once `comparisonDone` is true.
   */
  feedComparison(events: Iterable<LogEvent>): void;
  /** True when comparison events are not (or no longer) needed. */
  readonly comparisonDone: boolean;
  /** Current (partial) result; the run can continue afterwards. */
  snapshot(): QueryResult;
  /** Final result; further `feed` calls are ignored. */
  finish(): QueryResult;
  /** True once scanning can stop early (`limit any n` reached). */
  readonly done: boolean;
}

export interface CompileOptions {
  /** Row cap when the query has no `limit` (AWS: 10,000). */
  limitDefault?: number;
  /** StartQuery's `limit` parameter, combined with `limit` commands per API_LIMIT_COMBINATION. */
  apiLimit?: number;
  /** Epoch ms used by `now()`. Defaults to Date.now() at compile time. */
  now?: number;
  /** Account id used to build `@log` (`<accountId>:<logGroup>`); without it `@log` is the group name. */
  accountId?: string;
  /** Query range in epoch ms (inclusive), used by `fillmissing`, `diff` and `anomaly`. */
  startTime?: number;
  endTime?: number;
}

/** What `diff` compares with: the previous period of equal length, or the same range a day/week/month earlier. */
export type DiffTarget = "previousPeriod" | "previousDay" | "previousWeek" | "previousMonth";

/** The comparison a `diff` query needs: feed the events of `window` with QueryRun.feedComparison. */
export interface ComparisonRequest {
  against: DiffTarget;
  /** Inclusive range in epoch ms; null when the query range (CompileOptions startTime/endTime) is unknown. */
  window: { startTime: number; endTime: number } | null;
}

export interface CompiledQuery {
  /** True when the output rows are aggregated (stats / pattern): such rows carry no `@ptr`. */
  readonly aggregated: boolean;
  /** Set for `diff` queries: the run also needs the events of the comparison period. */
  readonly comparison: ComparisonRequest | null;
  /** Starts a new incremental execution. */
  run(): QueryRun;
}
