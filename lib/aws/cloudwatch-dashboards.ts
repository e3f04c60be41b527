import { GetDashboardCommand, ListDashboardsCommand } from "@aws-sdk/client-cloudwatch";
import type { CloudWatchDashboardEntry } from "@/lib/contracts/cloudwatch-dashboards";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { eachPage } from "./pages";

// CloudWatch's own dashboards of a registered account, for "import from CloudWatch". Dashboards are global
// per account, so any of its Regions answers.

export type { CloudWatchDashboardEntry };

const MAX_PAGES = 10;

export async function listCloudWatchDashboards(account: AccountTarget): Promise<CloudWatchDashboardEntry[]> {
  const { cloudwatch } = clientsFor(account, account.regions[0] ?? "us-east-1");
  const entries: CloudWatchDashboardEntry[] = [];
  await eachPage(
    MAX_PAGES,
    (NextToken) => cloudwatch.send(new ListDashboardsCommand({ NextToken })),
    (page) => {
      for (const entry of page.DashboardEntries ?? []) {
        if (!entry.DashboardName) continue;
        entries.push({
          name: entry.DashboardName,
          lastModified: entry.LastModified?.toISOString(),
          size: entry.Size,
        });
      }
      return page.NextToken;
    },
  );
  return entries;
}

export async function getCloudWatchDashboardBody(account: AccountTarget, name: string): Promise<string> {
  const { cloudwatch } = clientsFor(account, account.regions[0] ?? "us-east-1");
  const result = await cloudwatch.send(new GetDashboardCommand({ DashboardName: name }));
  return result.DashboardBody ?? "";
}
