// Dashboards per account. CloudWatch dashboards are global (no Region in the ARN), so the store is keyed by
// account only. Each demo account is seeded with its demo dashboards the first time it is touched.
import { demoDashboards } from "./demo-dashboards";

export interface StoredDashboard {
  name: string;
  body: string;
  lastModified: Date;
  /** Tags given when the dashboard was created (PutDashboard ignores them on updates). */
  tags: { Key: string; Value: string }[];
}

const DAY_MS = 86_400_000;

export function dashboardArn(accountId: string, name: string): string {
  return `arn:aws:cloudwatch::${accountId}:dashboard/${name}`;
}

export interface DashboardStoreOptions {
  /** Seed demo accounts with the demo dashboards (default true). */
  demo?: boolean;
}

export class DashboardStore {
  private readonly accounts = new Map<string, Map<string, StoredDashboard>>();

  constructor(private readonly options: DashboardStoreOptions = {}) {}

  /** The account's dashboards by name; `now` dates the demo dashboards on first use. */
  account(accountId: string, now: Date): Map<string, StoredDashboard> {
    let dashboards = this.accounts.get(accountId);
    if (!dashboards) {
      dashboards = new Map();
      if (this.options.demo ?? true) {
        // Whole days before the first request, so the dates look like saves, not like the simulator's start.
        const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
        for (const demo of demoDashboards(accountId)) {
          dashboards.set(demo.name, {
            name: demo.name,
            body: JSON.stringify(demo.body),
            lastModified: new Date(today - demo.savedDaysAgo * DAY_MS + 9.5 * 3_600_000),
            tags: [],
          });
        }
      }
      this.accounts.set(accountId, dashboards);
    }
    return dashboards;
  }
}
