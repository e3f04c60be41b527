import { beforeAll, describe, expect, it } from "vitest";
import { createDashboard } from "@/lib/dashboards/repository";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { logWidget } from "@/lib/logs/log-widget";
import { recordMeasure } from "@/lib/logs/measures";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import { withMigratedDatabase } from "@/lib/testing/database";
import { ASSUMED_LOGS_BYTES_PER_GROUP_HOUR } from "./dashboard-cost";
import { openScreen } from "./open-screens";
import { proposedDashboardCost, savedDashboardCost } from "./service";

// The cost service on a real database: a dashboard's log widget is priced on an assumed volume until a query
// of it has been recorded, then on what it scanned; another query on the same groups is used for a draft;
// the open screens counted through the cluster feed the per-screen figure.

withMigratedDatabase();

const GROUP = "/watchwall/alb/prod-web-alb/access-logs";
const HOUR = 3_600_000;
let id: string;

function documentWith(query: string): DashboardDocument {
  return {
    ...benchDashboardDocument("logs-cost"),
    defaultRefresh: "5m",
    defaultAccountId: "111111111111",
    widgets: [
      logWidget({
        id: "logs-1",
        title: "Requests",
        accountId: "111111111111",
        region: "us-east-1",
        groups: [GROUP],
        query,
        view: "table",
        position: { x: 0, y: 0, w: 12, h: 6 },
      }),
    ],
  };
}

beforeAll(async () => {
  id = (await createDashboard({ name: "Logs cost", tags: [] }, documentWith("stats count(*) by bin(5m)"))).id;
});

describe("dashboard cost service: Logs Insights widgets", () => {
  it("assumes a volume until the widget's query is measured, then uses what it scanned", async () => {
    const before = (await savedDashboardCost(id)).cost;
    expect(before.logsInsights.widgets[0]).toMatchObject({ basis: "assumed", runsPerDay: 288 });
    expect(before.logsInsights.widgets[0]?.bytesPerRun).toBeCloseTo(ASSUMED_LOGS_BYTES_PER_GROUP_HOUR * 3, 3);

    // What lib/logs records when a run of this query completes: 1.5 GB over an hour.
    await recordMeasure(
      {
        accountId: "111111111111",
        region: "us-east-1",
        logGroupNames: [GROUP],
        queryString: "stats count(*) by bin(5m)",
      },
      1.5e9,
      HOUR,
    );
    const after = (await savedDashboardCost(id)).cost;
    const widget = after.logsInsights.widgets[0];
    expect(widget?.basis).toBe("measured-query");
    // The dashboard shows 3 hours: three times what one hour scanned.
    expect(widget?.bytesPerRun).toBeCloseTo(4.5e9, 3);
    expect(after.logsInsights.usdPerDay).toBeCloseTo(4.5 * 0.005 * 288, 9);
    expect(after.usdPerDay).toBeCloseTo(after.metricsUsdPerDay + after.logsInsights.usdPerDay, 9);
  });

  it("prices a draft with another query on the same groups from their measure, with the screens open", async () => {
    const screens = [openScreen(id), openScreen(id)];
    const result = await proposedDashboardCost(id, documentWith("fields @message | limit 20"));
    for (const close of screens) close();
    expect(result.proposed.logsInsights.widgets[0]?.basis).toBe("measured-groups");
    expect(result.proposed.openScreens).toBe(2);
    expect(result.proposed.logsInsights.perScreenUsdPerDay).toBeCloseTo(4.5 * 0.005 * 288 * 2, 9);
  });
});
