import { describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/repository";
import { getDashboard, listDashboards } from "@/lib/dashboards/repository";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { withSimulator } from "@/lib/testing/simulator";
import { DEMO_DASHBOARD_TAG, seedDemoDashboards } from "./seed";

// The demo dashboards come from the simulator's CloudWatch dashboards through the real SDK and importer,
// into a real PostgreSQL, once.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

describe("seedDemoDashboards", () => {
  it("imports every CloudWatch dashboard of the production account, once", async () => {
    const production = (await listAccounts()).find((a) => a.accountId === PRODUCTION_ACCOUNT_ID);
    if (!production) throw new Error("the simulator's production account is not registered");
    const seeded = await seedDemoDashboards(production);
    expect(seeded.refused).toEqual([]);
    expect(seeded.created).toEqual(["Cross-Region-Search", "Fleet-Overview", "Service-Health"]);

    const saved = await listDashboards();
    expect(saved.map((d) => d.name).sort()).toEqual(seeded.created);
    for (const summary of saved) {
      expect(summary.tags).toEqual([DEMO_DASHBOARD_TAG]);
      const dashboard = await getDashboard(summary.id);
      expect(dashboard.document.widgets.length).toBeGreaterThan(2);
      for (const widget of dashboard.document.widgets) {
        if ("metrics" in widget)
          expect(widget.accountId ?? PRODUCTION_ACCOUNT_ID).toBe(PRODUCTION_ACCOUNT_ID);
      }
    }

    expect(await seedDemoDashboards(production)).toEqual({ created: [], refused: [] });
  });
});
