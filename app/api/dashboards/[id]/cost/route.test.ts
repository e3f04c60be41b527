import { beforeAll, describe, expect, it } from "vitest";
import { dashboardCostResponse, proposedCostResponse } from "@/lib/contracts/dashboard-cost";
import { openScreen } from "@/lib/cost/open-screens";
import { createDashboard } from "@/lib/dashboards/repository";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import { withMigratedDatabase } from "@/lib/testing/database";
import { GET, POST } from "./route";

withMigratedDatabase();

let id: string;
const context = () => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  const document = { ...benchDashboardDocument("cost"), defaultRefresh: "15m" as const };
  id = (await createDashboard({ name: "Cost", tags: [] }, document)).id;
});

describe("/api/dashboards/[id]/cost", () => {
  it("GET: the saved dashboard's cost per day, shared and per screen for the screens open", async () => {
    const screens = ["wall-1", "wall-2", "laptop"].map(() => openScreen(id));
    const response = await GET(new Request(`http://localhost/api/dashboards/${id}/cost`), context());
    for (const close of screens) close();
    expect(response.status).toBe(200);
    const { cost } = dashboardCostResponse.parse(await response.json());
    expect(cost.metricsPerLoad).toBe(106);
    expect(cost.openScreens).toBe(3);
    expect(cost.usdPerDay).toBeGreaterThan(0);
    expect(cost.perScreenUsdPerDay).toBeGreaterThan(cost.usdPerDay);
  });

  it("POST: a draft refreshing every 10 s instead of 15 min warns; a bad draft is a 400 naming the field", async () => {
    const faster = { ...benchDashboardDocument("cost"), defaultRefresh: "10s" };
    const response = await POST(
      new Request(`http://localhost/api/dashboards/${id}/cost`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: faster }),
      }),
      context(),
    );
    expect(response.status).toBe(200);
    const body = proposedCostResponse.parse(await response.json());
    expect(body.warn).toBe(true);
    expect(body.proposed.usdPerDay).toBeGreaterThan(body.current.usdPerDay);

    const bad = await POST(
      new Request(`http://localhost/api/dashboards/${id}/cost`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: { ...faster, defaultRefresh: "2s" } }),
      }),
      context(),
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("defaultRefresh");
  });

  it("answers 404 for an unknown dashboard", async () => {
    const response = await GET(new Request("http://localhost/api/dashboards/nope/cost"), {
      params: Promise.resolve({ id: "00000000-0000-4000-8000-000000000000" }),
    });
    expect(response.status).toBe(404);
  });
});
