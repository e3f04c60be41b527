// The dashboards every demo account starts with, so "import from CloudWatch" has something real to import.
import { findAccount } from "@/lib/simulator/accounts";
import type { DashboardBody } from "./demo-body-parts";
import { fleetOverview } from "./demo-fleet";
import { crossRegionSearch } from "./demo-search";
import { serviceHealth } from "./demo-service";

export interface DemoDashboard {
  name: string;
  body: DashboardBody;
  /** Days before the simulator's first look at the account that the dashboard was last saved. */
  savedDaysAgo: number;
}

/** The demo dashboards of `accountId`; none for accounts outside the demo organisation. */
export function demoDashboards(accountId: string): DemoDashboard[] {
  if (!findAccount(accountId)) return [];
  return [
    { name: "Fleet-Overview", body: fleetOverview(accountId), savedDaysAgo: 12 },
    { name: "Service-Health", body: serviceHealth(accountId), savedDaysAgo: 3 },
    { name: "Cross-Region-Search", body: crossRegionSearch(accountId), savedDaysAgo: 30 },
  ];
}
