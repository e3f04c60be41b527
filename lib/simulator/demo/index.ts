// The deterministic demo world: accounts, inventory, incidents and the generated metric series.

export {
  accountLabel,
  DEMO_REGIONS,
  PRODUCTION_ACCOUNT_ID,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  isDemoRegion,
  isMonitoringAccount,
  linkedSourceAccounts,
  MONITORING_LINKS,
  REGION_UTC_OFFSET_HOURS,
} from "./accounts";
export { DEFAULT_DEMO_SEED, demoCatalog, findDemoSeries, type DemoCatalog } from "./catalog";
export { aggregateSlot, EXPLICIT_SAMPLE_LIMIT, type PointSink } from "./generator";
export * from "./incidents";
export { regionInventory, type RegionInventory } from "./inventory";
export { metricKey, scopeKey } from "./metric-key";
export type { SeriesSpec } from "./series-spec";
