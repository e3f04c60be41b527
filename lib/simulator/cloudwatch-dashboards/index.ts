// CloudWatch dashboards API handlers (merged into the "cloudwatch" service by the lead) and the demo dashboards.
export {
  dashboardOperations,
  LIST_PAGE_SIZE,
  MAX_DELETE_NAMES,
  type DashboardDeps,
} from "./dashboard-operations";
export {
  dashboardArn,
  DashboardStore,
  type DashboardStoreOptions,
  type StoredDashboard,
} from "./dashboard-store";
export { demoDashboards, type DemoDashboard } from "./demo-dashboards";
export { DASHBOARD_NOT_FOUND_CODE, INVALID_NAME_CHARACTERS, INVALID_NAME_LENGTH } from "./dashboard-errors";
