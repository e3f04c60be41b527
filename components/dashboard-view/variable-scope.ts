import type { AccountView } from "@/components/accounts/use-accounts";
import { isMetricWidget, type DashboardDocument } from "@/lib/dashboards/model";

/**
 * Where a dashboard's searched variables list their values: the account and Region the dashboard reads (its
 * first metric widget that names an account, else the first registered account in the widgets' Region).
 */
export function variableScope(
  document: DashboardDocument,
  accounts: readonly AccountView[] | undefined,
): { accountId: string; region: string } | undefined {
  const metricWidgets = document.widgets.filter(isMetricWidget);
  const explicit = metricWidgets.find((w) => w.accountId);
  if (explicit?.accountId) return { accountId: explicit.accountId, region: explicit.region };
  const account = accounts?.[0];
  if (!account) return undefined;
  const region = metricWidgets[0]?.region ?? account.regions[0];
  return region ? { accountId: account.accountId, region } : undefined;
}
