// Public types of the Metric Math engine. The engine is pure TypeScript (no Node or AWS imports) because
// the simulator, the server-side cross-account evaluator and the browser's inline validation all use it.
// Timestamps are epoch seconds; series are sparse (a missing bucket has no entry).

export interface Dimension {
  name: string;
  value: string;
}

export interface MetricIdentity {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
}

export interface TimeSeries {
  label: string;
  /** Ascending, unique, epoch seconds (bucket start). */
  timestamps: number[];
  values: number[];
  /** Seconds. */
  period: number;
  /** Present when the series is a metric (MetricStat or SEARCH member): used by PERIOD(), PROP labels. */
  metric?: MetricIdentity;
  stat?: string;
  accountId?: string;
  region?: string;
}

/** A MetricStat query whose data has already been fetched. */
export interface FetchedStatQuery {
  id: string;
  series: TimeSeries;
  returnData: boolean;
}

export interface ExpressionQuery {
  id: string;
  expression: string;
  label?: string;
  period?: number;
  returnData: boolean;
}

export interface EvaluationGrid {
  /** Inclusive, epoch seconds, already rounded like GetMetricData rounds StartTime. */
  start: number;
  /** Exclusive, epoch seconds. */
  end: number;
  /** Period used by TIME_SERIES and other grid-only results when nothing else fixes one. */
  defaultPeriod: number;
}

export interface SearchRequest {
  /** The search text, e.g. `{AWS/EC2,InstanceId} MetricName="CPUUtilization"`. */
  query: string;
  stat: string;
  /** Seconds; undefined means the caller's default period. */
  period?: number;
}

/** Data sources the engine cannot compute itself; callers provide what they support. */
export interface EvaluationHooks {
  search?(request: SearchRequest): Promise<TimeSeries[]>;
  metricsInsights?(sql: string, period: number): Promise<TimeSeries[]>;
  lambda?(functionName: string, args: Array<string | number | boolean>): Promise<TimeSeries[]>;
  serviceQuota?(usage: TimeSeries): Promise<TimeSeries>;
  insightRuleMetric?(rule: string, stat: string, period: number): Promise<TimeSeries>;
  anomalyBand?(series: TimeSeries, width: number): Promise<[upper: TimeSeries, lower: TimeSeries]>;
  /** DB_PERF_INSIGHTS(...) with its literal arguments; `period` is the query's Period or the grid default. */
  dbPerfInsights?(args: Array<string | number | boolean>, period: number): Promise<TimeSeries[]>;
}

export interface ResultMessage {
  code: string;
  value: string;
}

export interface ExpressionResult {
  id: string;
  /** One entry for a TS result, N for a TS[] result (AWS returns N results sharing the Id). */
  series: TimeSeries[];
  messages: ResultMessage[];
  /** Type of the expression's value; "S" only for ReturnData:false helpers such as `AVG(m1)`. */
  valueType?: "S" | "TS" | "TS[]";
  /** The number when valueType is "S" (series is then empty). */
  scalar?: number;
}
