import type { AwsFailure } from "@/lib/aws/errors";
import type { Dimension } from "@/lib/dashboards/model";

// The metrics pipeline's vocabulary. A panel is one widget's set of queries; the pipeline turns all panels of
// a view into as few GetMetricData calls as AWS allows and hands each panel its series back.

export type { Dimension } from "@/lib/dashboards/model";

interface PanelQueryBase {
  /** Unique within the panel; what expressions reference. */
  id: string;
  label?: string;
  /** Seconds; absent: the panel's period. */
  period?: number;
  /** AWS account id (12 digits); absent: the panel's. */
  accountId?: string;
  region?: string;
  /** False for inputs that are fetched for expressions but not drawn. */
  visible: boolean;
}

export interface PanelMetricQuery extends PanelQueryBase {
  kind: "metric";
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  stat: string;
  unit?: string;
}

export interface PanelExpressionQuery extends PanelQueryBase {
  kind: "expression";
  expression: string;
}

export type PanelQuery = PanelMetricQuery | PanelExpressionQuery;

export interface PanelRequest {
  key: string;
  accountId: string;
  region: string;
  /** Seconds: the automatic or overridden period of the widget. */
  period: number;
  /** Include the newest, still-filling bucket (CloudWatch's "live data"); off by default so sums do not dip. */
  liveData?: boolean;
  queries: PanelQuery[];
}

/** Epoch seconds; start inclusive, end exclusive; already aligned to the periods in use. */
export interface FetchWindow {
  start: number;
  end: number;
}

export interface SeriesData {
  /** The panel query that produced it (several series may share one: SEARCH, arrays). */
  queryId: string;
  label: string;
  accountId: string;
  region: string;
  period: number;
  /** Epoch seconds, ascending. */
  timestamps: number[];
  values: number[];
  /** CloudWatch unit name when known (AWS metrics: aws-metric-units.ts; custom metrics: metric-units.ts). */
  unit?: string;
  /**
   * Live data only: epoch seconds from which points are still filling (CloudWatch's ingestion delay); they are
   * drawn distinctly and kept out of trends. Absent: every point is complete.
   */
  incompleteFrom?: number;
}

export interface QueryProblem {
  queryId?: string;
  accountId?: string;
  region?: string;
  failure: AwsFailure;
}

export interface PanelResult {
  key: string;
  series: SeriesData[];
  errors: QueryProblem[];
  /** Non-fatal notes from AWS (e.g. ArithmeticError: points dropped). */
  warnings: string[];
}

// GetMetricData's SDK-independent shapes belong to the AWS adapter; re-exported so the pipeline reads as one vocabulary.
export type { MetricDataSource, Scope, WireQuery, WireResult } from "@/lib/aws/metric-data";
