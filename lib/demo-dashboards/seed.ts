import type { AccountTarget } from "@/lib/aws/account-config";
import { getCloudWatchDashboardBody, listCloudWatchDashboards } from "@/lib/aws/cloudwatch-dashboards";
import { importCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { createDashboard, listDashboards } from "@/lib/dashboards/repository";

// First start in simulator mode: a database with no dashboards at all gets the demo dashboards. There is one
// set of them, the simulator's own CloudWatch dashboards, read through the real SDK (ListDashboards,
// GetDashboard) and imported through the real importer exactly as "import from CloudWatch" does.

export const DEMO_DASHBOARD_TAG = "demo";

export interface SeedResult {
  created: string[];
  /** Dashboards the importer refused, with its first problem: a bug in the simulator's demo bodies. */
  refused: Array<{ name: string; problem: string }>;
}

export async function seedDemoDashboards(account: AccountTarget): Promise<SeedResult> {
  const result: SeedResult = { created: [], refused: [] };
  if ((await listDashboards()).length > 0) return result;
  for (const entry of await listCloudWatchDashboards(account)) {
    const body = await getCloudWatchDashboardBody(account, entry.name);
    const imported = importCloudWatchDashboard(body, {
      defaultRegion: account.regions[0] ?? "us-east-1",
      defaultAccountId: account.accountId,
    });
    if (!imported.ok) {
      const first = imported.errors[0];
      result.refused.push({
        name: entry.name,
        problem: first ? `${first.path}: ${first.message}` : "invalid",
      });
      continue;
    }
    const saved = await createDashboard({ name: entry.name, tags: [DEMO_DASHBOARD_TAG] }, imported.document);
    result.created.push(saved.name);
  }
  return result;
}
