import { beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import { createMetricUnitSource } from "@/lib/aws/metric-unit";
import { awsRuntime, type AwsRuntime } from "@/lib/aws/runtime";
import { withSimulator } from "@/lib/testing/simulator";
import { fetchPanels } from "./fetch-panels";
import { UnitStore } from "./fetch-unit-store";
import { MetricUnits } from "./metric-units";
import type { PanelMetricQuery, PanelRequest } from "./types";

// Custom metrics get the unit they were published with (GetMetricStatistics through the real SDK), so a
// checkout latency reads "3.8 s", not "3.8k"; AWS metrics keep their documented units without a lookup.

const handle = withSimulator();
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(() => {
  runtime = awsRuntime();
  accounts = handle.simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});

const resolve = async (id: string) => accounts.find((a) => a.accountId === id);

async function statisticsCalls(): Promise<number> {
  const body = (await (await fetch(`${handle.simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return body.operations.GetMetricStatistics?.calls ?? 0;
}

const shopMetric = (id: string, metricName: string, environment: string): PanelMetricQuery => ({
  kind: "metric",
  id,
  namespace: "Watchwall/Shop",
  metricName,
  dimensions: [{ name: "Environment", value: environment }],
  stat: "Average",
  visible: true,
});

const NOW = Date.now();
const range = { start: NOW - 3 * 3600_000, end: NOW };

describe("units of custom metrics", () => {
  it("draws a custom latency metric in the unit it was published with, looked up once", async () => {
    // A generous wait: this is about which unit, not how fast (a cold simulator on a busy machine is slow).
    const units = new MetricUnits(createMetricUnitSource(resolve, runtime), { waitMs: 30_000 });
    const deps = { source: createMetricDataSource(resolve, runtime), store: new UnitStore(), units };
    const panel: PanelRequest = {
      key: "shop",
      accountId: "111111111111",
      region: "us-east-1",
      period: 300,
      queries: [
        shopMetric("latency", "CheckoutLatency", "production"),
        shopMetric("orders", "Orders", "production"),
        {
          kind: "metric",
          id: "cpu",
          namespace: "AWS/EC2",
          metricName: "CPUUtilization",
          dimensions: [{ name: "AutoScalingGroupName", value: "production-web-asg" }],
          stat: "Average",
          visible: true,
        },
      ],
    };
    const before = await statisticsCalls();
    const [result] = await fetchPanels([panel], range, deps);
    expect(result?.errors).toEqual([]);
    const unitOf = (id: string) => result?.series.find((s) => s.queryId === id)?.unit;
    expect(result?.series.find((s) => s.queryId === "latency")?.values.length).toBeGreaterThan(0);
    expect(unitOf("latency")).toBe("Milliseconds");
    expect(unitOf("orders")).toBe("Count");
    expect(unitOf("cpu")).toBe("Percent");
    // Two custom metrics, two lookups; the AWS metric's unit is documented and needs none.
    expect((await statisticsCalls()) - before).toBe(2);

    // A second refresh (another viewer) asks nobody again.
    await fetchPanels([panel], { ...range, start: range.start - 60_000 }, deps);
    expect((await statisticsCalls()) - before).toBe(2);
  });

  it("leaves a metric that has no data or no unit unitless, and a query's own unit wins", async () => {
    // A generous wait: this is about which unit, not how fast (a cold simulator on a busy machine is slow).
    const units = new MetricUnits(createMetricUnitSource(resolve, runtime), { waitMs: 30_000 });
    const deps = { source: createMetricDataSource(resolve, runtime), store: new UnitStore(), units };
    const panel: PanelRequest = {
      key: "none",
      accountId: "111111111111",
      region: "us-east-1",
      period: 300,
      queries: [
        shopMetric("ghost", "NoSuchMetric", "production"),
        { ...shopMetric("asked", "CheckoutLatency", "production"), unit: "Milliseconds" },
      ],
    };
    const [result] = await fetchPanels([panel], range, deps);
    expect(result?.series.find((s) => s.queryId === "ghost")?.unit).toBeUndefined();
    expect(result?.series.find((s) => s.queryId === "asked")?.unit).toBe("Milliseconds");
  });
});
