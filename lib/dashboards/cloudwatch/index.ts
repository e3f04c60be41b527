// Watchwall's side of CloudWatch dashboards: import into and export from Watchwall documents. What the body
// itself is (limits, names, validation) comes from the neutral lib/cloudwatch-body, re-exported here.
export * from "@/lib/cloudwatch-body";
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
export { rangeFromCloudWatch, cloudWatchTimeFields } from "./time-fields";
