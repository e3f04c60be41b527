import type { DashboardDocument } from "@/lib/dashboards/model";

/**
 * Where a dashboard's searched variables list their values: the account and Region the dashboard reads by
 * default (recorded explicitly in the document, never guessed from the registered accounts).
 */
export function variableScope(
  document: DashboardDocument,
): { accountId: string; region: string } | undefined {
  if (!document.defaultAccountId) return undefined;
  return { accountId: document.defaultAccountId, region: document.defaultRegion };
}
