export * from "@/lib/cloudwatch-body/body-constants";
export * from "@/lib/cloudwatch-body/dashboard-name";
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
export { normalizeCloudWatchBody, type NormalizeOptions } from "./normalize-body";
export {
  checkCloudWatchBody,
  validateCloudWatchBody,
  type BodyCheck,
  type CloudWatchValidationMessage,
  type ValidationMode,
} from "@/lib/cloudwatch-body/validate-body";
export {
  expandMetricRows,
  writeMetricRows,
  type ExpandedRow,
  type MetricRow,
  type ExpressionRow,
} from "@/lib/cloudwatch-body/metric-rows";
export { assignQueryIds, METRIC_ID_PREFIX, EXPRESSION_ID_PREFIX } from "@/lib/cloudwatch-body/query-ids";
export { rangeFromCloudWatch, cloudWatchTimeFields } from "./time-fields";
export { classifyWidget, type WidgetClass } from "@/lib/cloudwatch-body/classify-widget";
