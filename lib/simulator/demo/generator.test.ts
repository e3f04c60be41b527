import { describe, expect, it } from "vitest";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "./accounts";
import { DEFAULT_DEMO_SEED, demoCatalog } from "./catalog";
import { aggregateSlot, EXPLICIT_SAMPLE_LIMIT } from "./generator";
import { instanceIdFor } from "./inventory";
import type { SeriesSpec } from "./series-spec";

const T = (iso: string): number => Date.parse(iso) / 1000;
const catalog = demoCatalog();

function find(account: string, region: string, name: string, dim?: [string, string]): SeriesSpec {
  const spec = catalog.series.find(
    (s) =>
      s.accountId === account &&
      s.region === region &&
      s.metricName === name &&
      (dim ? s.dimensions.some((d) => d.name === dim[0] && d.value === dim[1]) : true),
  );
  if (!spec) throw new Error(`${name} not found`);
  return spec;
}

function average(spec: SeriesSpec, from: number, to: number, resolution = 60): number {
  const out = new Float64Array(4);
  let n = 0;
  let sum = 0;
  for (let t = from; t < to; t += resolution) {
    if (aggregateSlot(spec, t, resolution, out)) {
      n += out[0] ?? 0;
      sum += out[1] ?? 0;
    }
  }
  return sum / n;
}

function sumOf(spec: SeriesSpec, from: number, to: number): number {
  const out = new Float64Array(4);
  let sum = 0;
  for (let t = from; t < to; t += 60) if (aggregateSlot(spec, t, 60, out)) sum += out[1] ?? 0;
  return sum;
}

describe("demo series", () => {
  const web3 = find(PRODUCTION_ACCOUNT_ID, "us-east-1", "CPUUtilization", [
    "InstanceId",
    instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-3"),
  ]);

  it("generates the same slot identically regardless of order or repetition", () => {
    const t = T("2026-03-04T10:00:00Z");
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    aggregateSlot(web3, t, 60, a);
    for (let i = 0; i < 50; i++) aggregateSlot(web3, t + 86400 * i, 60, b);
    aggregateSlot(web3, t, 60, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it("shows the CPU spike on web-3 during its scheduled window only", () => {
    const spike = average(web3, T("2026-03-04T12:45:00Z"), T("2026-03-04T12:55:00Z"));
    const before = average(web3, T("2026-03-04T11:45:00Z"), T("2026-03-04T11:55:00Z"));
    expect(spike).toBeGreaterThan(90);
    expect(before).toBeLessThan(75);
  });

  it("bursts checkout errors and fails staging status checks on schedule", () => {
    const errors = find(PRODUCTION_ACCOUNT_ID, "us-east-1", "Errors", ["FunctionName", "shop-checkout"]);
    const burst = sumOf(errors, T("2026-03-04T11:16:00Z"), T("2026-03-04T11:26:00Z"));
    const calm = sumOf(errors, T("2026-03-04T10:16:00Z"), T("2026-03-04T10:26:00Z"));
    expect(burst).toBeGreaterThan(10 * Math.max(1, calm));
    const check = find(STAGING_ACCOUNT_ID, "us-east-1", "StatusCheckFailed", [
      "InstanceId",
      instanceIdFor(STAGING_ACCOUNT_ID, "us-east-1", "web-1"),
    ]);
    expect(average(check, T("2026-03-04T09:20:00Z"), T("2026-03-04T09:45:00Z"))).toBe(1);
    expect(average(check, T("2026-03-04T09:46:00Z"), T("2026-03-04T10:30:00Z"))).toBe(0);
  });

  it("doubles checkout latency during the regression and restores it after the rollback", () => {
    const latency = find(PRODUCTION_ACCOUNT_ID, "us-east-1", "CheckoutLatency");
    const during = average(latency, T("2026-03-04T13:30:00Z"), T("2026-03-04T14:00:00Z"));
    const after = average(latency, T("2026-03-04T15:00:00Z"), T("2026-03-04T15:30:00Z"));
    expect(during / after).toBeGreaterThan(1.5);
  });

  it("follows a daily rhythm: busier in the local afternoon than at night", () => {
    const requests = find(PRODUCTION_ACCOUNT_ID, "eu-west-1", "RequestCount");
    const afternoon = sumOf(requests, T("2026-03-04T14:00:00Z"), T("2026-03-04T15:00:00Z"));
    const night = sumOf(requests, T("2026-03-04T03:00:00Z"), T("2026-03-04T04:00:00Z"));
    expect(afternoon).toBeGreaterThan(2 * night);
  });

  it("keeps the exact sum when a slot summarises many samples", () => {
    const duration = find(PRODUCTION_ACCOUNT_ID, "us-east-1", "Duration", ["FunctionName", "shop-cart-api"]);
    const out = new Float64Array(4);
    const points: Array<[number, number]> = [];
    aggregateSlot(duration, T("2026-03-04T12:00:00Z"), 60, out, false, {
      push: (v, w) => points.push([v, w]),
    });
    expect(out[0]).toBeGreaterThan(EXPLICIT_SAMPLE_LIMIT);
    const weight = points.reduce((a, [, w]) => a + w, 0);
    const sum = points.reduce((a, [v, w]) => a + v * w, 0);
    expect(weight).toBeCloseTo(out[0] ?? 0, 9);
    expect(sum).toBeCloseTo(out[1] ?? 0, 6);
    expect(Math.min(...points.map(([v]) => v))).toBe(out[2]);
    expect(Math.max(...points.map(([v]) => v))).toBe(out[3]);
  });

  it("changes when the seed changes", () => {
    const other = demoCatalog(DEFAULT_DEMO_SEED + 1).series.find(
      (s) => s.key === web3.key && s.accountId === web3.accountId && s.region === web3.region,
    );
    expect(other).toBeDefined();
    if (!other) return;
    const t = T("2026-03-04T10:00:00Z");
    expect(average(other, t, t + 3600)).not.toBe(average(web3, t, t + 3600));
  });
});

describe("demo catalogue", () => {
  it("covers every account and Region with unique metrics", () => {
    expect(catalog.byScope.size).toBe(9);
    for (const scoped of catalog.byScope.values()) expect(scoped.length).toBeGreaterThan(10);
    expect(new Set(catalog.series.map((s) => `${s.accountId}|${s.region}|${s.key}`)).size).toBe(
      catalog.series.length,
    );
  });

  it("offers more than one ListMetrics page across the linked accounts of us-east-1", () => {
    const east = catalog.series.filter((s) => s.region === "us-east-1");
    expect(east.length).toBeGreaterThan(500);
  });

  it("includes the AWS namespaces, a custom namespace and high-resolution metrics", () => {
    const namespaces = new Set(catalog.series.map((s) => s.namespace));
    for (const ns of [
      "AWS/EC2",
      "AWS/RDS",
      "AWS/Lambda",
      "AWS/ApplicationELB",
      "AWS/DynamoDB",
      "AWS/SQS",
      "AWS/S3",
      "Watchwall/Shop",
    ]) {
      expect(namespaces.has(ns), ns).toBe(true);
    }
    expect(new Set(catalog.series.map((s) => s.nativeSeconds))).toEqual(new Set([1, 10, 60, 86400]));
  });
});
