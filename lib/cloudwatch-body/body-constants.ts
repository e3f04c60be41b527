// Facts about CloudWatch's dashboard body JSON (AWS-SEMANTICS 6.3, ANCHORS A.2) used by validation, import,
// export and normalisation alike.

export const CLOUDWATCH_WIDGET_TYPES = ["metric", "text", "log", "alarm", "explorer", "custom"] as const;
export const CLOUDWATCH_METRIC_VIEWS = ["timeSeries", "singleValue", "gauge", "bar", "pie", "table"] as const;
export type CloudWatchMetricView = (typeof CLOUDWATCH_METRIC_VIEWS)[number];

export const DEFAULT_METRIC_VIEW: CloudWatchMetricView = "timeSeries";
/**
 * [I] CloudWatch documents `region` as required for metric and log widgets, yet real alarm-only graphs omit it.
 * PutDashboard validation therefore requires it only on widgets that query something (metric rows or a log query).
 */
export const REQUIRE_REGION_FOR_QUERIES = true;
/** [I] CloudWatch's documented default for `periodOverride`. */
export const DEFAULT_PERIOD_OVERRIDE = "auto";

export const TOP_LEVEL_KEYS = new Set(["widgets", "start", "end", "periodOverride", "variables"]);
export const WIDGET_KEYS = new Set(["type", "x", "y", "width", "height", "properties"]);
export const METRIC_PROPERTY_KEYS = new Set([
  "view",
  "stacked",
  "metrics",
  "region",
  "accountId",
  "title",
  "period",
  "stat",
  "liveData",
  "sparkline",
  "trend",
  "singleValueFullPrecision",
  "setPeriodToTimeRange",
  "timezone",
  "legend",
  "yAxis",
  "annotations",
  "start",
  "end",
  "labels",
  "table",
]);
export const TEXT_PROPERTY_KEYS = new Set(["markdown", "background", "title"]);
export const LOG_PROPERTY_KEYS = new Set([
  "query",
  "region",
  "accountId",
  "title",
  "view",
  "stacked",
  "queryLanguage",
]);
export const ALARM_PROPERTY_KEYS = new Set(["alarms", "title", "sortBy", "states"]);

/** Options a metric row's trailing object may carry. */
export const METRIC_ROW_OPTION_KEYS = new Set([
  "id",
  "label",
  "stat",
  "period",
  "color",
  "yAxis",
  "visible",
  "region",
  "accountId",
]);
/** Keys of an expression row's single object. */
export const EXPRESSION_ROW_KEYS = new Set([
  "expression",
  "id",
  "label",
  "period",
  "color",
  "yAxis",
  "visible",
  "region",
  "accountId",
]);

export const LOG_WIDGET_VIEWS = ["table", "timeSeries", "bar", "pie"] as const;
export const ALARM_SORT_ORDERS = ["default", "stateUpdatedTimestamp", "timestamp"] as const;
export const ALARM_STATES = ["ALARM", "INSUFFICIENT_DATA", "OK"] as const;
export const TEXT_BACKGROUNDS = ["solid", "transparent"] as const;
export const LEGEND_POSITIONS = ["right", "bottom", "hidden"] as const;
export const VARIABLE_TYPES = ["property", "pattern"] as const;
export const VARIABLE_INPUT_TYPES = ["input", "select", "radio"] as const;

/** Messages worded like PutDashboard's (verified ones are marked V in AWS-SEMANTICS / public error reports). */
export const MESSAGES = {
  /** V */
  notJsonObject: "The field DashboardBody must be a valid JSON object",
  /** V */
  metricFieldType: 'Invalid metric field type, only "String" type is allowed',
  /** V */
  metricsShape:
    'Field "metrics" has to be an array of array of strings, with an optional metricRenderer object as last element',
  required: (key: string) => `Should have required property '${key}'`,
  type: (type: string) => `Should be ${type}`,
  allowed: "Should be equal to one of the allowed values",
  min: (limit: number) => `Should be >= ${limit}`,
  max: (limit: number) => `Should be <= ${limit}`,
  maxItems: (limit: number) => `Should NOT have more than ${limit} items`,
  minItems: (limit: number) => `Should NOT have fewer than ${limit} items`,
  unexpected: (key: string, where: string) =>
    `The "${key}" property is not expected in ${where}, will be ignored`,
} as const;
