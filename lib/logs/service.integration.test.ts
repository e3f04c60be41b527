import { describe, expect, it, vi } from "vitest";
import { cluster } from "@/lib/cluster/cluster";
import { SlotLimiter } from "@/lib/cluster/slot-limiter";
import { savedDashboardCost } from "@/lib/cost/service";
import { createDashboard } from "@/lib/dashboards/repository";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { withSimulator } from "@/lib/testing/simulator";
import { logWidget } from "./log-widget";
import { sharedRuns, startLogsQuery } from "./service";

// The server's Logs Insights entry as the launcher sets it up (a database, so the cluster is on): queries
// take their slot from the budget shared with the other replicas and give it back, and what a completed
// query scanned prices the dashboards whose widgets run it.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const GROUP = "/watchwall/alb/prod-web-alb/access-logs";
const QUERY = "stats count(*) as requests by bin(5m)";

describe("Logs Insights service with the cluster on", () => {
  it("runs under the replicas' shared budget and records what the query scanned for the cost view", async () => {
    const runs = sharedRuns();
    expect(runs.limiter).toBeInstanceOf(SlotLimiter);
    const started = await startLogsQuery(
      {
        query: QUERY,
        groups: [{ accountId: PRODUCTION_ACCOUNT_ID, region: "us-east-1", name: GROUP }],
        mode: "groups",
        range: { type: "relative", duration: "PT3H" },
        history: false,
      },
      null,
    );
    const ticket = runs.get(started.id);
    if (!ticket) throw new Error("no ticket");
    await ticket.run.done;
    const scanned = ticket.run.snapshot().statistics.bytesScanned;
    expect(ticket.run.snapshot().status).toBe("complete");
    expect(scanned).toBeGreaterThan(0);
    // The slot goes back to the shared budget (the release is written in the background).
    const held = async () =>
      (
        await cluster().pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "ClusterSlot" WHERE key = $1 AND "leaseUntil" > now()`,
          [`${PRODUCTION_ACCOUNT_ID}/us-east-1`],
        )
      ).rows[0]?.n;
    await vi.waitFor(async () => expect(await held()).toBe(0), { timeout: 5_000 });
    await runs.release(ticket.id);

    const document = {
      ...benchDashboardDocument("logs-service"),
      defaultRefresh: "5m" as const,
      defaultAccountId: PRODUCTION_ACCOUNT_ID,
      widgets: [
        logWidget({
          id: "logs-1",
          title: "Requests",
          accountId: PRODUCTION_ACCOUNT_ID,
          region: "us-east-1",
          groups: [GROUP],
          query: QUERY,
          view: "table",
          position: { x: 0, y: 0, w: 12, h: 6 },
        }),
      ],
    };
    const { id } = await createDashboard({ name: "Logs service", tags: [] }, document);
    // Recorded in the background once the query completed.
    let widget = (await savedDashboardCost(id)).cost.logsInsights.widgets[0];
    for (let i = 0; i < 50 && widget?.basis === "assumed"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      widget = (await savedDashboardCost(id)).cost.logsInsights.widgets[0];
    }
    expect(widget?.basis).toBe("measured-query");
    // Same range length (3 hours) as the run: the bytes it scanned, run every 5 minutes.
    expect(widget?.bytesPerRun).toBeCloseTo(scanned, 0);
    expect(widget?.runsPerDay).toBe(288);
  });
});
