import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { fetchPanels } from "./fetch-panels";
import type { PanelQuery, PanelRequest } from "./types";
import { UnitStore } from "./fetch-unit-store";

// Issue 9 items 5 and 7, through the real SDK against the simulator: one bad expression or query fails only
// itself, named as the user wrote it; characters the lexer rejects never throw.

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  accounts = simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});
afterAll(async () => {
  await simulator.close();
});

async function gmdCalls(): Promise<number> {
  const body = (await (await fetch(`${simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return body.operations.GetMetricData?.calls ?? 0;
}

const cpu = (id: string, stat = "Average", visible = true): PanelQuery => ({
  kind: "metric",
  id,
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  dimensions: [{ name: "AutoScalingGroupName", value: "production-web-asg" }],
  stat,
  visible,
});

const panel = (key: string, queries: PanelQuery[]): PanelRequest => ({
  key,
  accountId: "111111111111",
  region: "us-east-1",
  period: 300,
  queries,
});

const deps = () => ({
  source: createMetricDataSource(async (id) => accounts.find((a) => a.accountId === id), runtime),
  store: new UnitStore(),
});

const NOW = Date.now();
const range = { start: NOW - 3 * 3600_000, end: NOW };

describe("one bad query never poisons its neighbours", () => {
  it("refuses `m1 + (` before sending, naming e1 and the position in the user's text", async () => {
    const before = await gmdCalls();
    const [bad, good] = await fetchPanels(
      [
        panel("bad", [
          cpu("m1", "Average", false),
          { kind: "expression", id: "e1", expression: "m1 + (", visible: true },
        ]),
        panel("good", [cpu("m1", "Maximum")]),
      ],
      range,
      deps(),
    );
    expect(bad?.series).toEqual([]);
    expect(bad?.errors).toHaveLength(1);
    expect(bad?.errors[0]?.queryId).toBe("e1");
    expect(bad?.errors[0]?.failure.message).toMatch(/^e1: .*position 6\b/);
    expect(bad?.errors[0]?.failure.message).not.toMatch(/u[0-9a-f]{10}_/);
    expect(good?.errors).toEqual([]);
    expect(good?.series).toHaveLength(1);
    // Only the good widget's query went to AWS.
    expect((await gmdCalls()) - before).toBe(1);
  });

  it.each(["m1 😀 2", "m1 # 2", "m1 ~ 2", "m1 \u0000 2"])(
    "answers %j with an error, never a throw",
    async (text) => {
      const [result] = await fetchPanels(
        [
          panel("odd", [
            cpu("m1", "Average", false),
            { kind: "expression", id: "e1", expression: text, visible: true },
          ]),
        ],
        range,
        deps(),
      );
      expect(result?.errors.map((e) => e.queryId)).toEqual(["e1"]);
      expect(result?.errors[0]?.failure.message).toMatch(/^e1: /);
    },
  );

  it("fails an expression that uses a refused one, and nothing else", async () => {
    const [result] = await fetchPanels(
      [
        panel("chain", [
          cpu("m1"),
          { kind: "expression", id: "e1", expression: "m1 +", visible: false },
          { kind: "expression", id: "e2", expression: "e1 * 2", visible: true },
        ]),
      ],
      range,
      deps(),
    );
    expect(result?.errors.map((e) => [e.queryId, e.failure.message])).toEqual([
      ["e1", expect.stringMatching(/^e1: /)],
      ["e2", "e2: uses e1, which is invalid"],
    ]);
    expect(result?.series.map((s) => s.queryId)).toEqual(["m1"]);
  });

  it("splits a batched call AWS refuses as a whole, so only the offending widget fails", async () => {
    const store = new UnitStore();
    const source = deps().source;
    const panels = [
      panel("a", [cpu("m1", "Average")]),
      panel("b", [cpu("m1", "NotAStatistic")]),
      panel("c", [cpu("m1", "Minimum")]),
    ];
    const results = await fetchPanels(panels, range, { source, store });
    expect(results.map((r) => r.errors.length)).toEqual([0, 1, 0]);
    expect(results[1]?.errors[0]?.failure.message).toMatch(/NotAStatistic/);
    expect(results[0]?.series[0]?.values.length).toBeGreaterThan(10);
    expect(results[2]?.series[0]?.values.length).toBeGreaterThan(10);
    // A second viewer gets the same answers from the shared store: the failure stayed with its widget.
    const again = await fetchPanels([panels[0] as PanelRequest, panels[2] as PanelRequest], range, {
      source,
      store,
    });
    expect(again.map((r) => r.errors)).toEqual([[], []]);
  });
});

describe("math with failed inputs is never drawn as if complete (item 2)", () => {
  it("withholds a cross-Region total when two Regions fail, naming each input, Region and AWS's message", async () => {
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      body: JSON.stringify([
        { service: "cloudwatch", operation: "GetMetricData", region: "eu-west-1", throttle: true },
        { service: "cloudwatch", operation: "GetMetricData", region: "ap-northeast-1", error: true },
      ]),
    });
    try {
      const inRegion = (id: string, region: string): PanelQuery => ({ ...cpu(id, "Average", false), region });
      const [result] = await fetchPanels(
        [
          panel("orders", [
            inRegion("us", "us-east-1"),
            inRegion("eu", "eu-west-1"),
            inRegion("ap", "ap-northeast-1"),
            {
              kind: "expression",
              id: "total",
              expression: "us + eu + ap",
              label: "all Regions",
              visible: true,
            },
          ]),
        ],
        range,
        deps(),
      );
      expect(result?.series.map((s) => s.queryId)).not.toContain("total");
      const total = result?.errors.find((e) => e.queryId === "total");
      expect(total?.failure.code).toBe("IncompleteInputs");
      expect(total?.failure.message).toMatch(/^total is not drawn: 2 of its inputs failed/);
      expect(total?.failure.message).toMatch(/eu \(111111111111, eu-west-1\): Throttling: /);
      expect(total?.failure.message).toMatch(/ap \(111111111111, ap-northeast-1\): /);
      expect(total?.failure.message).not.toMatch(/us \(/);
    } finally {
      await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
    }
  });
});

describe("periods and incomplete buckets (item 3)", () => {
  const HOUR = 3600;
  it("aligns a SEARCH coarser than the widget to its own period on a past range, so no bucket is cut short", async () => {
    const end = Math.floor((NOW - 2 * 86_400_000) / 1000 / HOUR) * HOUR * 1000 + 50 * 60_000;
    const past = { start: end - 6 * HOUR * 1000 - 20 * 60_000, end };
    const [result] = await fetchPanels(
      [
        panel("search", [
          {
            kind: "expression",
            id: "s",
            expression: "SEARCH('{AWS/EC2,AutoScalingGroupName} CPUUtilization', 'Average', 3600)",
            visible: true,
          },
        ]),
      ],
      past,
      deps(),
    );
    expect(result?.errors).toEqual([]);
    const series = result?.series[0];
    expect(series?.period).toBe(HOUR);
    expect(series?.timestamps[0]).toBe(Math.floor(past.start / 1000 / HOUR) * HOUR);
    expect(series?.timestamps.at(-1)).toBe(Math.floor((past.end / 1000 - 1) / HOUR) * HOUR);
    expect(series?.incompleteFrom).toBeUndefined();
  });

  it("without live data draws nothing still filling; with it, marks where filling begins", async () => {
    const now = Date.now();
    const window = { start: now - HOUR * 1000, end: now };
    const [off] = await fetchPanels([panel("off", [cpu("m1", "Sum")])], window, {
      ...deps(),
      now: () => now,
    });
    const lastOff = off?.series[0]?.timestamps.at(-1) ?? Number.POSITIVE_INFINITY;
    expect(lastOff + 300).toBeLessThanOrEqual((now - 3 * 60_000) / 1000);
    const [on] = await fetchPanels([{ ...panel("on", [cpu("m1", "Sum")]), liveData: true }], window, {
      ...deps(),
      now: () => now,
    });
    const incompleteFrom = on?.series[0]?.incompleteFrom ?? 0;
    expect(incompleteFrom).toBeGreaterThan(lastOff);
    expect(incompleteFrom + 300).toBeGreaterThan((now - 3 * 60_000) / 1000);
  });
});
