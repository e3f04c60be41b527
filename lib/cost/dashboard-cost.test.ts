import { describe, expect, it } from "vitest";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { logWidget } from "@/lib/logs/log-widget";
import { measureKeyOf } from "@/lib/logs/measure-keys";
import {
  ASSUMED_LOGS_BYTES_PER_GROUP_HOUR,
  costRiseWarrantsWarning,
  estimateDashboardCost,
  logWidgetTargets,
} from "./dashboard-cost";
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

// Logs Insights widgets: bytes per run × runs per day × the Region's price per GB ($0.005 in us-east-1,
// $0.0057 in eu-west-1; GB = 10^9 bytes).

const GROUPS = ["/aws/lambda/checkout", "/aws/lambda/payments"];

function withLogWidgets(
  refresh: DashboardDocument["defaultRefresh"],
  widgets: Array<{ id: string; region?: string; query?: string; accountId?: string }>,
): DashboardDocument {
  const base = { ...benchDashboardDocument("b"), widgets: [], defaultRefresh: refresh };
  return {
    ...base,
    defaultAccountId: "111111111111",
    widgets: widgets.map((w) => ({
      ...logWidget({
        id: w.id,
        title: w.id,
        accountId: w.accountId ?? "111111111111",
        region: w.region ?? "us-east-1",
        groups: GROUPS,
        query: w.query ?? "stats count(*) by bin(5m)",
        view: "table",
        position: { x: 0, y: 0, w: 12, h: 6 },
      }),
    })),
  };
}

describe("estimateDashboardCost: Logs Insights widgets", () => {
  const THREE_HOURS = 3;

  it("assumes a volume per log group when nothing was measured, and runs a relative range at the refresh rate", () => {
    const cost = estimateDashboardCost(withLogWidgets("1m", [{ id: "l1" }]), { now: NOW });
    const [widget] = cost.logsInsights.widgets;
    expect(widget?.basis).toBe("assumed");
    const bytes = ASSUMED_LOGS_BYTES_PER_GROUP_HOUR * GROUPS.length * THREE_HOURS;
    expect(widget?.bytesPerRun).toBeCloseTo(bytes, 3);
    expect(widget?.runsPerDay).toBe(1440);
    const usdPerRun = (bytes / 1e9) * 0.005;
    expect(cost.logsInsights.usdPerLoad).toBeCloseTo(usdPerRun, 12);
    expect(cost.logsInsights.usdPerDay).toBeCloseTo(usdPerRun * 1440, 9);
    // No metric widget: the dashboard's whole cost is its Logs Insights part, and it is in its Region's row.
    expect(cost.metricsUsdPerDay).toBe(0);
    expect(cost.usdPerDay).toBeCloseTo(usdPerRun * 1440, 9);
    expect(cost.byRegion).toEqual([
      expect.objectContaining({ region: "us-east-1", logsBytesPerDay: bytes * 1440 }),
    ]);
  });

  it("uses the widget's measured bytes, scaled to the dashboard's range, and the Region's price", () => {
    const document = withLogWidgets("5m", [{ id: "l1", region: "eu-west-1" }]);
    const [target] = logWidgetTargets(document, "111111111111");
    if (!target) throw new Error("no target");
    const measures = new Map([
      [
        measureKeyOf(target.target),
        { bytesScanned: 2e9, rangeMs: 3_600_000, measuredAt: NOW, basis: "query" as const },
      ],
    ]);
    const cost = estimateDashboardCost(document, { now: NOW, logsMeasures: measures });
    const [widget] = cost.logsInsights.widgets;
    expect(widget?.basis).toBe("measured-query");
    expect(widget?.bytesPerRun).toBeCloseTo(6e9, 3);
    expect(widget?.runsPerDay).toBe(288);
    expect(widget?.usdPerDay).toBeCloseTo(6 * 0.0057 * 288, 9);
    // A measure of another query on the same groups is the next best basis.
    const groups = new Map([
      [
        measureKeyOf(target.target),
        { bytesScanned: 1e9, rangeMs: 3_600_000, measuredAt: NOW, basis: "groups" as const },
      ],
    ]);
    expect(
      estimateDashboardCost(document, { now: NOW, logsMeasures: groups }).logsInsights.widgets[0]?.basis,
    ).toBe("measured-groups");
  });

  it("shares runs between screens and identical widgets; per screen, every screen runs every refresh", () => {
    const document = withLogWidgets("10s", [{ id: "l1" }, { id: "l2" }]);
    const cost = estimateDashboardCost(document, { now: NOW, openScreens: 4 });
    const usdPerRun = ((ASSUMED_LOGS_BYTES_PER_GROUP_HOUR * GROUPS.length * THREE_HOURS) / 1e9) * 0.005;
    // Relative ranges are aligned to a minute: a 10 s refresh shares one run a minute.
    expect(cost.logsInsights.usdPerDay).toBeCloseTo(usdPerRun * 1440, 9);
    expect(cost.logsInsights.widgets.map((w) => w.runsPerDay)).toEqual([1440, 0]);
    expect(cost.logsInsights.perScreenUsdPerDay).toBeCloseTo(usdPerRun * 8640 * 4, 9);
    expect(cost.perScreenUsdPerDay).toBeCloseTo(usdPerRun * 8640 * 4, 9);
  });

  it("runs a fixed range once (cost per load only), and nothing per day with refresh off", () => {
    const fixed = {
      ...withLogWidgets("1m", [{ id: "l1" }]),
      defaultRange: { type: "absolute" as const, start: NOW - 7_200_000, end: NOW - 3_600_000 },
    };
    const cost = estimateDashboardCost(fixed, { now: NOW });
    expect(cost.logsInsights.usdPerDay).toBe(0);
    expect(cost.logsInsights.usdPerLoad).toBeCloseTo(
      ((ASSUMED_LOGS_BYTES_PER_GROUP_HOUR * 2) / 1e9) * 0.005,
      12,
    );
    expect(estimateDashboardCost(withLogWidgets("off", [{ id: "l1" }]), { now: NOW }).usdPerDay).toBe(0);
    // A widget in another query language never runs: no cost.
    const other = withLogWidgets("1m", [{ id: "l1" }]);
    other.widgets = other.widgets.map((w) => ({ ...w, queryLanguage: "SQL" }));
    expect(estimateDashboardCost(other, { now: NOW }).logsInsights.widgets).toEqual([]);
  });
});
