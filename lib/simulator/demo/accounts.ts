// The demo organisation as the metric world sees it. Ids, names and Regions come from the simulator's account
// registry (lib/simulator/accounts.ts); this file adds what only the data needs: the cross-account
// observability links and each Region's local clock.

import {
  DEMO_ACCOUNTS,
  DEMO_REGIONS,
  PRODUCTION_ACCOUNT_ID,
  SHARED_SERVICES_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type DemoRegion,
} from "@/lib/simulator/accounts";

export { DEMO_ACCOUNTS, DEMO_REGIONS, PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID, STAGING_ACCOUNT_ID };
export type { DemoRegion };

/**
 * [I] Cross-account observability: production is the monitoring account and the other two are its source
 * accounts. Change this map to model another OAM topology.
 */
export const MONITORING_LINKS: Readonly<Record<string, readonly string[]>> = {
  [PRODUCTION_ACCOUNT_ID]: [STAGING_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID],
};

export function linkedSourceAccounts(monitoringAccountId: string): readonly string[] {
  return MONITORING_LINKS[monitoringAccountId] ?? [];
}

export function isMonitoringAccount(accountId: string): boolean {
  return linkedSourceAccounts(accountId).length > 0;
}

export function accountLabel(accountId: string): string | undefined {
  return DEMO_ACCOUNTS.find((a) => a.id === accountId)?.name;
}

export function isDemoRegion(region: string): region is DemoRegion {
  return (DEMO_REGIONS as readonly string[]).includes(region);
}

/** Hours east of UTC of each Region's users, which drives the daily traffic rhythm. */
export const REGION_UTC_OFFSET_HOURS: Readonly<Record<DemoRegion, number>> = {
  "us-east-1": -5,
  "eu-west-1": 0,
  "ap-northeast-1": 9,
};
