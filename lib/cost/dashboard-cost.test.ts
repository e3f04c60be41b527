import { describe, expect, it } from "vitest";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import { costRiseWarrantsWarning, estimateDashboardCost } from "./dashboard-cost";
import { GET_METRIC_DATA_PER_1000_METRICS_USD } from "@/lib/aws/prices";

// The 20-widget benchmark dashboard: 106 queries, periods of 60 s and 300 s, over 2 accounts × 2 Regions.

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);

describe("estimateDashboardCost", () => {
  it("prices one load as the metrics requested at $0.01 per 1,000", () => {
    const cost = estimateDashboardCost(benchDashboardDocument("b"), { now: NOW });
    expect(cost.metricsPerLoad).toBe(106);
    expect(cost.usdPerLoad).toBeCloseTo((106 * GET_METRIC_DATA_PER_1000_METRICS_USD) / 1000, 12);
  });

  it("charges a refresh no more often than the shared copy expires, and per screen without sharing", () => {
    const every10s = { ...benchDashboardDocument("b"), defaultRefresh: "10s" as const };
    const cost = estimateDashboardCost(every10s, { now: NOW, openScreens: 8 });
    // Shared: each query is fetched at most once a minute (its copy lives min(60 s, period)).
    const sharedMax = (106 * 1440 * GET_METRIC_DATA_PER_1000_METRICS_USD) / 1000;
    expect(cost.usdPerDay).toBeGreaterThan(0);
    expect(cost.usdPerDay).toBeLessThanOrEqual(sharedMax + 1e-9);
    // Per screen: 8 screens each fetching every 10 s.
    const perScreen = (8 * 106 * 8640 * GET_METRIC_DATA_PER_1000_METRICS_USD) / 1000;
    expect(cost.perScreenUsdPerDay).toBeCloseTo(perScreen, 6);
    expect(cost.byRegion.reduce((n, r) => n + r.usdPerDay, 0)).toBeCloseTo(cost.usdPerDay, 9);
  });

  it("costs nothing per day with refresh off, and warns when a save multiplies a large cost", () => {
    const off = estimateDashboardCost(
      { ...benchDashboardDocument("b"), defaultRefresh: "off" },
      { now: NOW },
    );
    expect(off.usdPerDay).toBe(0);
    const fast = estimateDashboardCost(
      { ...benchDashboardDocument("b"), defaultRefresh: "10s" },
      { now: NOW },
    );
    const slow = estimateDashboardCost(
      { ...benchDashboardDocument("b"), defaultRefresh: "15m" },
      { now: NOW },
    );
    expect(fast.usdPerDay).toBeGreaterThan(slow.usdPerDay);
    // 15 min → 10 s refresh: about $0.10 → $1.11 a day (a relative range moves to new windows every period).
    expect(costRiseWarrantsWarning(slow, fast)).toBe(true);
    expect(costRiseWarrantsWarning(fast, slow)).toBe(false);
    const scaled = (factor: number) => ({ ...fast, usdPerDay: fast.usdPerDay * factor });
    expect(costRiseWarrantsWarning(scaled(1), scaled(10))).toBe(true);
    expect(costRiseWarrantsWarning(scaled(10), scaled(15))).toBe(false);
  });
});
