import { describe, expect, it } from "vitest";
import { catalogResponse } from "@/lib/contracts/catalog";
import { metricsQueryResponse } from "@/lib/contracts/metrics-query";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { withMigratedDatabase } from "@/lib/testing/database";
import { callRoute, errorOf } from "@/lib/testing/route-call";
import { withSimulator } from "@/lib/testing/simulator";
import * as catalogRoute from "./catalog/route";
import * as queryRoute from "./query/route";
import { PRODUCTION_WEB_CPU } from "@/lib/testing/demo-queries";

// /api/metrics routes against the registered demo accounts (PostgreSQL) and the simulator's CloudWatch,
// through the real SDK; answers are checked against their contracts.

withMigratedDatabase();
withSimulator({ registerAccounts: true });

const cpuWidget = {
  type: "line",
  id: "cpu",
  position: { x: 0, y: 0, w: 12, h: 6 },
  accountId: PRODUCTION_ACCOUNT_ID,
  region: "us-east-1",
  metrics: [{ ...PRODUCTION_WEB_CPU }],
};

describe("/api/metrics/catalog", () => {
  it("lists the namespaces and metrics of a registered account and Region", async () => {
    const answer = await callRoute(catalogRoute.GET, {
      path: `/api/metrics/catalog?accountId=${PRODUCTION_ACCOUNT_ID}&region=us-east-1&namespace=AWS/EC2&limit=5`,
    });
    expect(answer.status).toBe(200);
    const catalog = catalogResponse.parse(answer.json);
    expect(catalog.metrics.length).toBeGreaterThan(0);
    expect(catalog.metrics.length).toBeLessThanOrEqual(5);
    expect(catalog.metrics.every((m) => m.namespace === "AWS/EC2")).toBe(true);
  });

  it("names the bad field, and refuses an account Watchwall does not know", async () => {
    const bad = await callRoute(catalogRoute.GET, {
      path: `/api/metrics/catalog?accountId=${PRODUCTION_ACCOUNT_ID}&region=moon-1`,
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).issues?.[0]?.path).toBe("region");
    const unknown = await callRoute(catalogRoute.GET, {
      path: "/api/metrics/catalog?accountId=999999999999&region=us-east-1",
    });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown).code).toBe("unknown_account");
  });
});

describe("/api/metrics/query", () => {
  it("answers each widget as a panel with its period and series", async () => {
    const answer = await callRoute(queryRoute.POST, {
      body: { range: { type: "relative", duration: "PT3H" }, widgets: [cpuWidget], widths: { cpu: 600 } },
    });
    expect(answer.status).toBe(200);
    const result = metricsQueryResponse.parse(answer.json);
    const panel = result.panels[0];
    expect(panel?.key).toBe("cpu");
    expect(panel?.errors).toEqual([]);
    expect(panel?.period.period).toBeGreaterThan(0);
    expect(panel?.series[0]?.values.length).toBeGreaterThan(0);
  });

  it("refuses empty requests and ranges CloudWatch cannot serve, naming why", async () => {
    const empty = await callRoute(queryRoute.POST, {
      body: { range: { type: "relative", duration: "PT3H" }, widgets: [] },
    });
    expect(empty.status).toBe(400);
    expect(errorOf(empty).issues?.[0]?.path).toBe("widgets");
    const now = Date.now();
    const future = await callRoute(queryRoute.POST, {
      body: {
        range: { type: "absolute", start: now + 86_400_000, end: now + 2 * 86_400_000 },
        widgets: [cpuWidget],
      },
    });
    expect(future.status).toBe(400);
    expect(errorOf(future).code).toBe("invalid_range");
  });
});
