// Metric Math, SEARCH, Metrics Insights and anomaly bands through GetMetricData (engine in lib/metric-math).
import { describe, expect, it } from "vitest";
import { type TimestampList } from "@/lib/simulator/core/types";
import { instanceIdFor, regionInventory } from "@/lib/simulator/demo/inventory";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/demo";
import {
  invoke,
  invokeError,
  legacyCode,
  testContext,
  testService,
  TEST_NOW_SECONDS,
} from "./handler-test-support";

interface Result {
  Id: string;
  Label: string;
  Timestamps: TimestampList;
  Values: number[];
  StatusCode: string;
  Messages: Array<{ Code: string; Value: string }>;
}

const service = testService();
const window = { StartTime: TEST_NOW_SECONDS - 3 * 3600, EndTime: TEST_NOW_SECONDS };

async function run(
  queries: Array<Record<string, unknown>>,
  accountId = PRODUCTION_ACCOUNT_ID,
  range = window,
): Promise<Result[]> {
  const out = await invoke(
    service,
    "GetMetricData",
    { MetricDataQueries: queries, ...range, ScanBy: "TimestampAscending" },
    testContext({ accountId }),
  );
  return (out.MetricDataResults as Array<Omit<Result, "Values"> & { Values: ArrayLike<number> }>).map(
    (r) => ({
      ...r,
      Values: Array.from(r.Values),
    }),
  );
}

const cpuSearch = "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300)";

describe("SEARCH over the metric catalogue", () => {
  it("finds exactly the account's instances outside a monitoring account, labelled by instance id", async () => {
    const results = await run([{ Id: "s", Expression: cpuSearch }], STAGING_ACCOUNT_ID);
    const expected = regionInventory(STAGING_ACCOUNT_ID, "us-east-1")
      .ec2.map((vm) => vm.instanceId)
      .sort();
    expect(results.map((r) => r.Label).sort()).toEqual(expected);
    expect(new Set(results.map((r) => r.Id))).toEqual(new Set(["s"]));
    expect(results.every((r) => r.Values.length === 36)).toBe(true);
  });

  it("includes the linked source accounts from the monitoring account", async () => {
    const results = await run([{ Id: "s", Expression: cpuSearch }]);
    const labels = new Set(results.map((r) => r.Label));
    expect(labels.has(instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-1"))).toBe(true);
    expect(labels.has(instanceIdFor(STAGING_ACCOUNT_ID, "us-east-1", "web-1"))).toBe(true);
    const mine = await run([
      {
        Id: "s",
        Expression:
          "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\" :aws.AccountId=\"222222222222\"', 'Average', 300)",
      },
    ]);
    expect(mine.map((r) => r.Label).sort()).toEqual(
      regionInventory(STAGING_ACCOUNT_ID, "us-east-1")
        .ec2.map((vm) => vm.instanceId)
        .sort(),
    );
  });

  it("matches the exact dimension set of the schema", async () => {
    const results = await run(
      [
        {
          Id: "s",
          Expression: "SEARCH('{AWS/EC2,InstanceType} MetricName=\"CPUUtilization\"', 'Average', 300)",
        },
      ],
      STAGING_ACCOUNT_ID,
    );
    const types = new Set(regionInventory(STAGING_ACCOUNT_ID, "us-east-1").ec2.map((vm) => vm.instanceType));
    expect(new Set(results.map((r) => r.Label))).toEqual(types);
  });

  it("sums the members per timestamp under SUM()", async () => {
    const [members, total] = await Promise.all([
      run([{ Id: "s", Expression: cpuSearch }], STAGING_ACCOUNT_ID),
      run([{ Id: "t", Expression: `SUM(${cpuSearch})` }], STAGING_ACCOUNT_ID),
    ]);
    expect(total).toHaveLength(1);
    const expected = members[0]?.Values.map((_, i) => members.reduce((a, m) => a + (m.Values[i] ?? 0), 0));
    expect(total[0]?.Values.map((v) => Number(v.toFixed(6)))).toEqual(
      expected?.map((v) => Number(v.toFixed(6))),
    );
  });

  it("keeps AWS namespaces out of NOT Namespace=AWS", async () => {
    const results = await run(
      [{ Id: "s", Expression: "SEARCH('NOT Namespace=AWS', 'Average', 300)" }],
      STAGING_ACCOUNT_ID,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.Label.includes("AWS/"))).toBe(false);
  });
});

describe("Metrics Insights", () => {
  it("groups, orders and limits", async () => {
    const results = await run(
      [
        {
          Id: "q",
          Expression:
            'SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId) GROUP BY InstanceId ORDER BY AVG() DESC LIMIT 3',
          Period: 300,
        },
      ],
      STAGING_ACCOUNT_ID,
    );
    expect(results).toHaveLength(3);
    const means = results.map((r) => r.Values.reduce((a, b) => a + b, 0) / r.Values.length);
    expect([...means].sort((a, b) => b - a)).toEqual(means);
    expect(results.every((r) => r.Label.startsWith("i-0"))).toBe(true);
  });

  it("aggregates every matching metric into one series without GROUP BY", async () => {
    const [all] = await run(
      [{ Id: "q", Expression: 'SELECT MAX(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId)', Period: 300 }],
      STAGING_ACCOUNT_ID,
    );
    const members = await run(
      [{ Id: "s", Expression: cpuSearch.replace("'Average'", "'Maximum'") }],
      STAGING_ACCOUNT_ID,
    );
    expect(all?.Label).toBe("q");
    expect(all?.Values[0]).toBeCloseTo(Math.max(...members.map((m) => m.Values[0] ?? -Infinity)), 9);
  });
});

describe("anomaly detection bands", () => {
  it("brackets normal behaviour and is broken by the CPU spike", async () => {
    const web3 = instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-3");
    const spikeEnd = Date.parse("2026-03-04T07:00:00Z") / 1000;
    const results = await run(
      [
        {
          Id: "m1",
          MetricStat: {
            Metric: {
              Namespace: "AWS/EC2",
              MetricName: "CPUUtilization",
              Dimensions: [{ Name: "InstanceId", Value: web3 }],
            },
            Period: 60,
            Stat: "Average",
          },
        },
        { Id: "band", Expression: "ANOMALY_DETECTION_BAND(m1, 3)" },
      ],
      PRODUCTION_ACCOUNT_ID,
      { StartTime: spikeEnd - 4 * 3600, EndTime: spikeEnd },
    );
    const [metric, upper, lower] = results;
    expect(results.map((r) => r.Id)).toEqual(["m1", "band", "band"]);
    const times = Array.from(metric?.Timestamps.epochSeconds ?? []);
    let inside = 0;
    let spikeAbove = 0;
    times.forEach((t, i) => {
      const v = metric?.Values[i] ?? 0;
      const hi = upper?.Values[i] ?? 0;
      const lo = lower?.Values[i] ?? 0;
      expect(hi).toBeGreaterThan(lo);
      const inSpike =
        t >= Date.parse("2026-03-04T06:42:00Z") / 1000 && t < Date.parse("2026-03-04T06:56:00Z") / 1000;
      if (inSpike && v > hi) spikeAbove++;
      if (!inSpike && v <= hi && v >= lo) inside++;
    });
    expect(spikeAbove).toBeGreaterThan(10);
    expect(inside / (times.length - 14)).toBeGreaterThan(0.9);
  });
});

describe("expression results", () => {
  it("labels expressions with their Label or Id and flags arithmetic errors", async () => {
    const cpu = {
      Namespace: "AWS/EC2",
      MetricName: "CPUUtilization",
      Dimensions: [{ Name: "InstanceId", Value: instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-1") }],
    };
    const results = await run([
      { Id: "m1", MetricStat: { Metric: cpu, Period: 300, Stat: "Average" }, ReturnData: false },
      { Id: "twice", Expression: "m1 * 2", Label: "Double CPU" },
      { Id: "broken", Expression: "LOG(m1 - m1)" },
    ]);
    expect(results.map((r) => [r.Id, r.Label])).toEqual([
      ["twice", "Double CPU"],
      ["broken", "broken"],
    ]);
    expect(results[1]?.Values).toEqual([]);
    expect(results[1]?.Messages[0]?.Code).toBe("ArithmeticError");
  });

  it("reports expression problems as ValidationError", async () => {
    const unknown = await invokeError(service, "GetMetricData", {
      MetricDataQueries: [{ Id: "e", Expression: "nope * 2" }],
      ...window,
    });
    expect(legacyCode(unknown)).toBe("ValidationError");
    expect(unknown.message).toContain("nope");
    const syntax = await invokeError(service, "GetMetricData", {
      MetricDataQueries: [{ Id: "e", Expression: "SUM(" }],
      ...window,
    });
    expect(legacyCode(syntax)).toBe("ValidationError");
    const search = await invokeError(service, "GetMetricData", {
      MetricDataQueries: [{ Id: "e", Expression: "SEARCH('CPUUtilization', 'Mean', 300)" }],
      ...window,
    });
    expect(search.message).toContain("Mean");
  });
});
