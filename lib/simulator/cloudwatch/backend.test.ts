import { describe, expect, it } from "vitest";
import {
  demoCatalog,
  PRODUCTION_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type SeriesSpec,
} from "@/lib/simulator/demo";
import type { MetricIdentity } from "@/lib/metric-math";
import { MetricsBackend } from "./backend";

const NOW = Date.parse("2026-03-04T12:40:00Z") / 1000;
const DAY = 86400;
const REGION = "us-east-1";
const backend = new MetricsBackend({ clock: () => new Date(NOW * 1000) });

function series(name: string, predicate: (s: SeriesSpec) => boolean = () => true): SeriesSpec {
  const spec = demoCatalog().series.find(
    (s) =>
      s.accountId === PRODUCTION_ACCOUNT_ID && s.region === REGION && s.metricName === name && predicate(s),
  );
  if (!spec) throw new Error(`no demo series ${name}`);
  return spec;
}

function identity(spec: SeriesSpec): MetricIdentity {
  return { namespace: spec.namespace, metricName: spec.metricName, dimensions: spec.dimensions };
}

function spacing(timestamps: number[]): Set<number> {
  return new Set(timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? 0)));
}

const cpu = series("CPUUtilization", (s) => s.dimensions[0]?.name === "InstanceId");

describe("retention of generated data", () => {
  it("returns one point per complete minute of the last hour", () => {
    const r = backend.query(PRODUCTION_ACCOUNT_ID, REGION, identity(cpu), "Average", 60, NOW - 3600, NOW);
    expect(r.timestamps).toHaveLength(60);
    expect(spacing(r.timestamps)).toEqual(new Set([60]));
    expect(r.timestamps.at(-1)).toBe(NOW - 60);
    const midMinute = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(cpu),
      "Average",
      60,
      NOW - 3600,
      NOW,
      { now: NOW + 30 },
    );
    expect(midMinute.timestamps.at(-1)).toBe(NOW - 60);
  });

  it("returns the coarser 5-minute data when a 1-minute period asks for data 20 days old", () => {
    const start = NOW - 20 * DAY;
    const r = backend.query(PRODUCTION_ACCOUNT_ID, REGION, identity(cpu), "Average", 60, start, start + 3600);
    expect(r.timestamps).toHaveLength(12);
    expect(spacing(r.timestamps)).toEqual(new Set([300]));
    expect(r.timestamps.every((t) => t % 300 === 0)).toBe(true);
  });

  it("returns hourly data beyond 63 days and nothing beyond 455 days", () => {
    const old = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(cpu),
      "Average",
      60,
      NOW - 100 * DAY,
      NOW - 99 * DAY,
    );
    expect(spacing(old.timestamps)).toEqual(new Set([3600]));
    expect(old.timestamps.length).toBeGreaterThanOrEqual(23);
    const gone = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(cpu),
      "Average",
      3600,
      NOW - 500 * DAY,
      NOW - 499 * DAY,
    );
    expect(gone.timestamps).toEqual([]);
  });

  it("serves a 10-second metric at 10 s for three hours, then at one minute", () => {
    const sessions = series("ActiveSessions");
    const recent = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(sessions),
      "Average",
      10,
      NOW - 1800,
      NOW,
    );
    expect(spacing(recent.timestamps)).toEqual(new Set([10]));
    expect(recent.timestamps.length).toBeGreaterThan(170);
    const earlier = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(sessions),
      "Average",
      10,
      NOW - 5 * 3600,
      NOW - 4 * 3600,
    );
    expect(spacing(earlier.timestamps)).toEqual(new Set([60]));
    const counts = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(sessions),
      "SampleCount",
      60,
      NOW - 5 * 3600,
      NOW - 4 * 3600,
    );
    expect(new Set(counts.values)).toEqual(new Set([6]));
  });

  it("never returns data from the future", () => {
    const r = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      identity(cpu),
      "Average",
      60,
      NOW - 600,
      NOW + 3600,
    );
    expect(Math.max(...r.timestamps)).toBeLessThan(NOW);
  });
});

describe("generated data", () => {
  it("is a pure function of seed and time", () => {
    const other = new MetricsBackend({ clock: () => new Date(NOW * 1000) });
    const a = backend.query(PRODUCTION_ACCOUNT_ID, REGION, identity(cpu), "Maximum", 300, NOW - DAY, NOW);
    const b = other.query(PRODUCTION_ACCOUNT_ID, REGION, identity(cpu), "Maximum", 300, NOW - DAY, NOW);
    expect(b).toEqual(a);
    const reseeded = new MetricsBackend({ seed: 7, clock: () => new Date(NOW * 1000) });
    expect(
      reseeded.query(PRODUCTION_ACCOUNT_ID, REGION, identity(cpu), "Maximum", 300, NOW - DAY, NOW).values,
    ).not.toEqual(a.values);
  });

  it("aggregates five 1-minute buckets into the 5-minute bucket exactly", () => {
    const duration = identity(series("Duration"));
    const fine = backend.query(PRODUCTION_ACCOUNT_ID, REGION, duration, "Sum", 60, NOW - 3600, NOW - 3300);
    const coarse = backend.query(PRODUCTION_ACCOUNT_ID, REGION, duration, "Sum", 300, NOW - 3600, NOW - 3300);
    expect(coarse.values[0]).toBeCloseTo(
      fine.values.reduce((a, b) => a + b, 0),
      6,
    );
    const max = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      duration,
      "Maximum",
      300,
      NOW - 3600,
      NOW - 3300,
    );
    const fineMax = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      duration,
      "Maximum",
      60,
      NOW - 3600,
      NOW - 3300,
    );
    expect(max.values[0]).toBe(Math.max(...fineMax.values));
  });

  it("counts Lambda invocations exactly as many times as it records durations", () => {
    const dims = [{ name: "FunctionName", value: "shop-checkout" }];
    const invocations = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      { namespace: "AWS/Lambda", metricName: "Invocations", dimensions: dims },
      "Sum",
      60,
      NOW - 7200,
      NOW,
    );
    const samples = backend.query(
      PRODUCTION_ACCOUNT_ID,
      REGION,
      { namespace: "AWS/Lambda", metricName: "Duration", dimensions: dims },
      "SampleCount",
      60,
      NOW - 7200,
      NOW,
    );
    expect(invocations.values.length).toBeGreaterThan(100);
    expect(invocations.values).toEqual(samples.values);
  });

  it("orders percentiles below the maximum and above the minimum", () => {
    const latency = identity(series("TargetResponseTime"));
    const q = (stat: string) =>
      backend.query(PRODUCTION_ACCOUNT_ID, REGION, latency, stat, 300, NOW - 3 * 3600, NOW).values;
    const [min, p50, p90, p99, max, avg, tm100] = [
      "Minimum",
      "p50",
      "p90",
      "p99",
      "Maximum",
      "Average",
      "tm100",
    ].map(q);
    expect(p50?.length).toBe(min?.length);
    p50?.forEach((v, i) => {
      expect(v).toBeGreaterThan(min?.[i] ?? Infinity);
      expect(p90?.[i]).toBeGreaterThan(v);
      expect(p99?.[i]).toBeGreaterThan(p90?.[i] ?? Infinity);
      expect(max?.[i]).toBeGreaterThanOrEqual(p99?.[i] ?? Infinity);
      expect(tm100?.[i]).toBeCloseTo(avg?.[i] ?? NaN, 6);
    });
  });

  it("has no demo data outside the demo accounts", () => {
    const r = backend.query("999999999999", REGION, identity(cpu), "Average", 60, NOW - 3600, NOW);
    expect(r.timestamps).toEqual([]);
  });

  it("serves the staging account its own, different series", () => {
    const staging = demoCatalog().series.find(
      (s) =>
        s.accountId === STAGING_ACCOUNT_ID &&
        s.region === REGION &&
        s.metricName === "CPUUtilization" &&
        s.dimensions[0]?.name === "InstanceId",
    );
    expect(staging).toBeDefined();
    if (!staging) return;
    expect(
      backend.query(STAGING_ACCOUNT_ID, REGION, identity(staging), "Average", 60, NOW - 600, NOW).values
        .length,
    ).toBeGreaterThan(5);
    expect(
      backend.query(PRODUCTION_ACCOUNT_ID, REGION, identity(staging), "Average", 60, NOW - 600, NOW).values,
    ).toEqual([]);
  });
});

describe("stored (PutMetricData) data", () => {
  const metric = { namespace: "Test/Store", metricName: "hits", dimensions: [{ name: "Host", value: "a" }] };

  it("keeps high-resolution samples for three hours, then rolls them up to the minute", () => {
    const store = new MetricsBackend({ demo: false });
    const t = NOW - 1800;
    for (let i = 0; i < 30; i++) {
      store.store.add(PRODUCTION_ACCOUNT_ID, REGION, metric.namespace, metric.metricName, metric.dimensions, {
        t: t + i * 2,
        unit: "Count",
        storageResolution: 1,
        n: 1,
        sum: i,
        min: i,
        max: i,
        values: Float64Array.of(i),
        counts: Float64Array.of(1),
      });
    }
    const fresh = store.query(PRODUCTION_ACCOUNT_ID, REGION, metric, "Sum", 1, t - 10, t + 100, { now: NOW });
    expect(fresh.timestamps).toHaveLength(30);
    const later = store.query(PRODUCTION_ACCOUNT_ID, REGION, metric, "Sum", 1, t - 10, t + 100, {
      now: NOW + 4 * 3600,
    });
    expect(later.timestamps).toEqual([t - (t % 60)]);
    expect(later.values).toEqual([435]);
  });

  it("filters by unit and merges with generated data of the same metric", () => {
    const b = new MetricsBackend({ clock: () => new Date(NOW * 1000) });
    const orders = identity(series("Orders"));
    const minute = NOW - 600;
    const before = b.query(PRODUCTION_ACCOUNT_ID, REGION, orders, "SampleCount", 60, minute, minute + 60);
    b.store.add(PRODUCTION_ACCOUNT_ID, REGION, orders.namespace, orders.metricName, orders.dimensions, {
      t: minute + 5,
      unit: "Count",
      storageResolution: 60,
      n: 1,
      sum: 3,
      min: 3,
      max: 3,
    });
    expect(
      b.query(PRODUCTION_ACCOUNT_ID, REGION, orders, "SampleCount", 60, minute, minute + 60).values,
    ).toEqual([(before.values[0] ?? 0) + 1]);
    expect(
      b.query(PRODUCTION_ACCOUNT_ID, REGION, orders, "SampleCount", 60, minute, minute + 60, {
        unit: "Seconds",
      }).values,
    ).toEqual([]);
    expect(
      b.query(PRODUCTION_ACCOUNT_ID, REGION, orders, "SampleCount", 60, minute, minute + 60, {
        unit: "Count",
      }).values,
    ).toEqual([(before.values[0] ?? 0) + 1]);
  });
});
