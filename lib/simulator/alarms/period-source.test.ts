import { describe, expect, it } from "vitest";
import { MetricsBackend, parseStatistic } from "@/lib/simulator/cloudwatch";
import { PRODUCTION_ACCOUNT_ID } from "@/lib/simulator/demo";
import { PeriodSource, type SourceSpec } from "./period-source";

const NOW = Date.UTC(2026, 5, 3, 16, 0, 0) / 1000;
const backend = new MetricsBackend({ clock: () => new Date(NOW * 1000) });
const checkout = {
  namespace: "Watchwall/Shop",
  metricName: "CheckoutLatency",
  dimensions: [{ name: "Environment", value: "production" }],
};

function source(stat: string, period: number, step = 60): PeriodSource {
  const spec = parseStatistic(stat);
  if (!spec) throw new Error(stat);
  const s: SourceSpec = {
    accountId: PRODUCTION_ACCOUNT_ID,
    region: "us-east-1",
    metric: checkout,
    spec,
    period,
    step,
  };
  return new PeriodSource(s, 200);
}

describe("PeriodSource", () => {
  it.each([
    ["Average", 300],
    ["Maximum", 900],
    ["SampleCount", 120],
    ["p99", 300],
    ["tm90", 600],
    ["p50", 60],
  ])("matches a direct query of each window (%s over %i s)", (stat, period) => {
    const src = source(stat, period);
    const to = NOW / 60;
    const from = to - 59;
    src.ensure(backend, from, to, NOW);
    for (const p of [from, from + 7, from + 31, to]) {
      const end = p * 60;
      const direct = backend.query(
        PRODUCTION_ACCOUNT_ID,
        "us-east-1",
        checkout,
        stat,
        period,
        end - period,
        end,
        {
          now: NOW,
        },
      );
      expect(direct.timestamps).toEqual([end - period]);
      expect(src.value(p)).toBeCloseTo(direct.values[0] ?? NaN, 9);
      expect(src.count(p)).toBeGreaterThan(0);
    }
  });

  it("slides: the next minute costs one query of new data only", () => {
    const to = NOW / 60 - 10;
    const slid = source("p99", 900);
    slid.ensure(backend, to - 40, to, to * 60);
    const before = slid.queries;
    slid.ensure(backend, to - 39, to + 1, (to + 1) * 60);
    expect(slid.queries).toBe(before + 1);
    slid.ensure(backend, to - 39, to + 1, (to + 1) * 60);
    expect(slid.queries).toBe(before + 1);
    const fresh = source("p99", 900);
    fresh.ensure(backend, to - 39, to + 1, (to + 1) * 60);
    for (let p = to - 39; p <= to + 1; p++) expect(slid.value(p)).toBe(fresh.value(p));
  });

  it("starts over when PutMetricData adds data to the metric", () => {
    const local = new MetricsBackend({ demo: false, clock: () => new Date(NOW * 1000) });
    const metric = { namespace: "Test", metricName: "late", dimensions: [] };
    const spec = parseStatistic("Sum");
    if (!spec) throw new Error("Sum");
    const src = new PeriodSource({ accountId: "1", region: "r", metric, spec, period: 60, step: 60 }, 50);
    const to = NOW / 60;
    src.ensure(local, to - 10, to, NOW);
    expect(src.value(to - 3)).toBeNaN();
    const entry = { t: (to - 4) * 60 + 5, unit: "None", storageResolution: 60, n: 1, sum: 7, min: 7, max: 7 };
    local.store.add("1", "r", "Test", "late", [], entry);
    src.ensure(local, to - 10, to, NOW);
    expect(src.value(to - 3)).toBe(7);
    expect(src.generation).toBe(1);
  });
});
