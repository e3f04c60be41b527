// CloudWatch's dashboard body as AWS defines it: limits, names, and the validator that answers as
// PutDashboard does. Neutral ground: Watchwall's importer and the simulator's PutDashboard both build on it,
// and it imports neither.
export * from "./body-constants";
export * from "./dashboard-name";
export * from "./limits";
export * from "./statistics";
export {
  checkCloudWatchBody,
  validateCloudWatchBody,
  type BodyCheck,
  type CloudWatchValidationMessage,
  type ValidationMode,
} from "./validate-body";
export {
  expandMetricRows,
  writeMetricRows,
  type ExpandedRow,
  type MetricRow,
  type ExpressionRow,
} from "./metric-rows";
export { assignQueryIds, METRIC_ID_PREFIX, EXPRESSION_ID_PREFIX } from "./query-ids";
export { classifyWidget, type WidgetClass } from "./classify-widget";
