import { describe, expect, it } from "vitest";
import { MetricUnits, metricKey, NO_UNIT_TTL_MS } from "./metric-units";

// The cache and wait policy around a unit lookup (the lookup itself runs against the simulator in
// metric-units.integration.test.ts).

const scope = { accountId: "111111111111", region: "us-east-1" };
const metric = {
  Namespace: "Shop",
  MetricName: "Latency",
  Dimensions: [
    { Name: "B", Value: "2" },
    { Name: "A", Value: "1" },
  ],
};

describe("MetricUnits", () => {
  it("does not hold a panel past the wait, and has the unit for the next refresh", async () => {
    let release: (unit: string) => void = () => undefined;
    let calls = 0;
    const units = new MetricUnits(
      () => {
        calls++;
        return new Promise((resolve) => (release = resolve));
      },
      { waitMs: 20 },
    );
    expect(await units.unitOf(scope, metric)).toBeUndefined();
    release("Milliseconds");
    await Promise.resolve();
    expect(await units.unitOf(scope, metric)).toBe("Milliseconds");
    expect(calls).toBe(1);
  });

  it("asks again for a metric without a unit only after a while, and a failed lookup is not fatal", async () => {
    let now = 1_000_000; // (lru-cache takes a start time of 0 for "no start")
    let calls = 0;
    const units = new MetricUnits(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error("Throttling")) : Promise.resolve("Bytes");
      },
      { now: () => now },
    );
    expect(await units.unitOf(scope, metric)).toBeUndefined();
    now += NO_UNIT_TTL_MS - 1;
    expect(await units.unitOf(scope, metric)).toBeUndefined();
    now += 2;
    expect(await units.unitOf(scope, metric)).toBe("Bytes");
    expect(calls).toBe(2);
  });

  it("keys a metric by its dimensions in any order", () => {
    const reversed = { ...metric, Dimensions: [...metric.Dimensions].reverse() };
    expect(metricKey(scope, reversed)).toBe(metricKey(scope, metric));
    expect(metricKey({ ...scope, region: "eu-west-1" }, metric)).not.toBe(metricKey(scope, metric));
  });
});
