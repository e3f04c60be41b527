export * from "./body-constants";
export * from "./dashboard-name";
export {
  importCloudWatchDashboard,
  type ImportResult,
  type ImportIssue,
  type ImportOptions,
} from "./import-dashboard";
export {
  exportCloudWatchDashboard,
  exportCloudWatchDashboardBody,
  type ExportOptions,
} from "./export-dashboard";
export { exportWarnings, healthWidgetMarkdown, type ExportWarning } from "./export-watchwall-widgets";
export { normalizeCloudWatchBody, type NormalizeOptions } from "./normalize-body";
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
export { rangeFromCloudWatch, cloudWatchTimeFields } from "./time-fields";
export { classifyWidget, type WidgetClass } from "./classify-widget";
