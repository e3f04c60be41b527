import { beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import { awsRuntime, type AwsRuntime } from "@/lib/aws/runtime";
import { withSimulator } from "@/lib/testing/simulator";
import { fetchPanels } from "./fetch-panels";
import type { PanelQuery, PanelRequest } from "./types";
import { UnitStore } from "./fetch-unit-store";

// The metrics pipeline end to end against the simulator, through the real SDK, STS AssumeRole included.

const handle = withSimulator();
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(() => {
  // The runtime the launcher would hand the server (withSimulator sets the same environment variables).
  runtime = awsRuntime();
  accounts = handle.simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});

async function stats(): Promise<{ calls: number; queries: number }> {
  const body = (await (await fetch(`${handle.simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number; units: Record<string, number> }>;
  };
  const gmd = body.operations.GetMetricData;
  return { calls: gmd?.calls ?? 0, queries: gmd?.units.metricQueries ?? 0 };
}

const cpu = (id: string, instance: string, extra: Partial<PanelQuery> = {}): PanelQuery =>
  ({
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [{ name: "AutoScalingGroupName", value: instance }],
    stat: "Average",
    visible: true,
    ...extra,
  }) as PanelQuery;

function source() {
  return createMetricDataSource(async (id) => accounts.find((a) => a.accountId === id), runtime);
}

const NOW = Date.now();
const range = { start: NOW - 3 * 3600_000, end: NOW };

describe("metrics pipeline against the simulator", () => {
  it("returns demo data with same-account math run by CloudWatch", async () => {
    const panel: PanelRequest = {
      key: "w1",
      accountId: "111111111111",
      region: "us-east-1",
      period: 300,
      queries: [
        cpu("m1", "production-web-asg", { visible: false }),
        { kind: "expression", id: "e1", expression: "m1 * 2", label: "double", visible: true },
      ],
    };
    const [result] = await fetchPanels([panel], range, { source: source(), store: new UnitStore() });
    expect(result?.errors).toEqual([]);
    expect(result?.series).toHaveLength(1);
    expect(result?.series[0]?.label).toBe("double");
    expect(result?.series[0]?.values.length).toBeGreaterThan(30);
  });

  it("evaluates math across accounts on the server and matches the inputs", async () => {
    const panel: PanelRequest = {
      key: "w2",
      accountId: "111111111111",
      region: "us-east-1",
      period: 300,
      queries: [
        cpu("prod", "production-web-asg"),
        cpu("stg", "staging-web-asg", { accountId: "222222222222" }),
        { kind: "expression", id: "gap", expression: "prod - stg", label: "gap", visible: true },
      ],
    };
    const [result] = await fetchPanels([panel], range, { source: source(), store: new UnitStore() });
    expect(result?.errors).toEqual([]);
    const byId = new Map(result?.series.map((s) => [s.queryId, s]));
    const prod = byId.get("prod");
    const stg = byId.get("stg");
    const gap = byId.get("gap");
    expect(stg?.accountId).toBe("222222222222");
    const t = prod?.timestamps[5] ?? 0;
    const value = (s: typeof prod) => s?.values[s.timestamps.indexOf(t)] ?? Number.NaN;
    expect(value(gap)).toBeCloseTo(value(prod) - value(stg), 6);
  });

  it("costs the same AWS calls for 50 concurrent viewers as for one", async () => {
    const panels: PanelRequest[] = Array.from({ length: 20 }, (_, w) => ({
      key: `w${w}`,
      accountId: "111111111111",
      region: "us-east-1",
      period: 60,
      queries: Array.from({ length: 5 }, (_, m) =>
        cpu(`m${m}`, w % 2 ? "production-web-asg" : `asg-${w}-${m}`, { stat: `p${50 + m}` }),
      ),
    }));
    const store = new UnitStore();
    const before = await stats();
    await fetchPanels(panels, range, { source: source(), store });
    const one = await stats();
    await Promise.all(
      Array.from({ length: 50 }, () => fetchPanels(panels, range, { source: source(), store })),
    );
    const fifty = await stats();
    expect(one.calls - before.calls).toBe(1);
    expect(fifty.calls - one.calls).toBe(0);
  });
});
