import { describe, expect, it } from "vitest";
import { type TimestampList } from "@/lib/simulator/core/types";
import { instanceIdFor } from "@/lib/simulator/demo/inventory";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/demo";
import {
  invoke,
  invokeError,
  legacyCode,
  testContext,
  testService,
  TEST_NOW_SECONDS,
} from "./handler-test-support";

const NS = "Test/GMD";
const start = TEST_NOW_SECONDS - 3600;
const end = TEST_NOW_SECONDS;

function stat(
  id: string,
  metricName: string,
  statName = "Sum",
  period = 60,
  extra: Record<string, unknown> = {},
) {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: NS, MetricName: metricName },
      Period: period,
      Stat: statName,
      ...extra,
    },
  };
}

interface Result {
  Id: string;
  Label: string;
  Timestamps: TimestampList;
  Values: number[];
  StatusCode: string;
  Messages: Array<{ Code: string; Value: string }>;
}

/** Results with Values as a plain array (the handler returns typed arrays, which the codecs render as lists). */
function results(out: Record<string, unknown>): Result[] {
  return (out.MetricDataResults as Array<Omit<Result, "Values"> & { Values: ArrayLike<number> }>).map(
    (r) => ({
      ...r,
      Values: Array.from(r.Values),
    }),
  );
}

function times(r: Result | undefined): number[] {
  return Array.from(r?.Timestamps.epochSeconds ?? []);
}

/** A service holding `metric1` with one value per minute for the last 20 minutes (value = minute index). */
async function seeded() {
  const service = testService();
  await invoke(service, "PutMetricData", {
    Namespace: NS,
    MetricData: Array.from({ length: 20 }, (_, i) => ({
      MetricName: "metric1",
      Value: i,
      Unit: "Count",
      Timestamp: TEST_NOW_SECONDS - 1200 + i * 60,
    })),
  });
  return service;
}

describe("GetMetricData validation", () => {
  it("lists every Id that breaks the pattern, one per line", async () => {
    const error = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [stat("Bad", "m"), stat("ok", "m"), stat("1x", "m")],
      StartTime: start,
      EndTime: end,
    });
    expect(legacyCode(error)).toBe("ValidationError");
    expect(error.code).toBe("ValidationException");
    expect(error.message).toBe(
      "The value Bad for parameter MetricDataQueries.member.1.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.\n" +
        "The value 1x for parameter MetricDataQueries.member.3.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.",
    );
  });

  it("lists every unknown statistic, one per line", async () => {
    const error = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [stat("a", "m", "Mean"), stat("b", "m", "p99"), stat("c", "m", "p101")],
      StartTime: start,
      EndTime: end,
    });
    expect(error.message).toBe(
      "The value Mean for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.\n" +
        "The value p101 for parameter MetricDataQueries.member.3.MetricStat.Stat is not a valid statistic.",
    );
  });

  it("applies the time rules after dropping milliseconds", async () => {
    const q = { MetricDataQueries: [stat("a", "m")] };
    const before = await invokeError(testService(), "GetMetricData", {
      ...q,
      StartTime: end,
      EndTime: start,
    });
    expect(before.message).toBe("The parameter EndTime must be greater than StartTime.");
    const same = await invokeError(testService(), "GetMetricData", {
      ...q,
      StartTime: start + 0.2,
      EndTime: start + 0.7,
    });
    expect(same.message).toBe("The parameter StartTime must not equal parameter EndTime.");
  });

  it("rejects duplicate ids, both or neither of MetricStat and Expression, and too many queries", async () => {
    const dup = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [stat("a", "m"), stat("a", "n")],
      StartTime: start,
      EndTime: end,
    });
    expect(dup.message).toBe(
      "The Id a is used by more than one query. Ids must be unique within MetricDataQueries.",
    );
    expect(legacyCode(dup)).toBe("ValidationError");
    const both = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [{ ...stat("a", "m"), Expression: "a" }],
      StartTime: start,
      EndTime: end,
    });
    expect(both.message).toBe(
      "The parameters MetricDataQueries.member.1.Expression and MetricDataQueries.member.1.MetricStat are mutually exclusive and you have specified both.",
    );
    const neither = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [{ Id: "a" }],
      StartTime: start,
      EndTime: end,
    });
    expect(neither.message).toBe("The parameter MetricDataQueries.member.1.MetricStat is required.");
    const periodTwice = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: [{ ...stat("a", "m"), Period: 60 }],
      StartTime: start,
      EndTime: end,
    });
    expect(periodTwice.message).toBe(
      "The parameters MetricDataQueries.member.1.Period and MetricDataQueries.member.1.MetricStat are mutually exclusive and you have specified both.",
    );
    const many = await invokeError(testService(), "GetMetricData", {
      MetricDataQueries: Array.from({ length: 501 }, (_, i) => stat(`q${i}`, "m")),
      StartTime: start,
      EndTime: end,
    });
    expect(many.message).toContain("Member must have length less than or equal to 500");
  });
});

describe("GetMetricData results", () => {
  it("returns AWS's worked-example statistics for six values in one minute", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", {
      Namespace: NS,
      MetricData: [{ MetricName: "zero", Values: [0, 2, 4, 3.5, 7, 100], Timestamp: TEST_NOW_SECONDS - 120 }],
    });
    const out = await invoke(service, "GetMetricData", {
      MetricDataQueries: ["Average", "Sum", "Minimum", "Maximum", "SampleCount"].map((s, i) =>
        stat(`s${i}`, "zero", s),
      ),
      StartTime: start,
      EndTime: end,
    });
    expect(results(out).map((r) => r.Values)).toEqual([[19.416666666666668], [116.5], [0], [100], [6]]);
    expect(results(out).map((r) => r.Label)).toEqual([
      "zero Average",
      "zero Sum",
      "zero Minimum",
      "zero Maximum",
      "zero SampleCount",
    ]);
  });

  it("orders points newest first by default and oldest first with TimestampAscending", async () => {
    const service = await seeded();
    const input = { MetricDataQueries: [stat("a", "metric1")], StartTime: start, EndTime: end };
    const desc = results(await invoke(service, "GetMetricData", input))[0];
    expect(desc?.Values.slice(0, 3)).toEqual([19, 18, 17]);
    expect(times(desc)[0]).toBeGreaterThan(times(desc)[1] ?? Infinity);
    const asc = results(
      await invoke(service, "GetMetricData", { ...input, ScanBy: "TimestampAscending" }),
    )[0];
    expect(asc?.Values.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it("pages MetricStat points with MaxDatapoints and NextToken", async () => {
    const service = await seeded();
    const input = {
      MetricDataQueries: [stat("a", "metric1")],
      StartTime: start,
      EndTime: end,
      MaxDatapoints: 10,
    };
    const first = await invoke(service, "GetMetricData", input);
    expect(results(first)[0]?.Values).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    expect(results(first)[0]?.StatusCode).toBe("PartialData");
    expect(typeof first.NextToken).toBe("string");
    const second = await invoke(service, "GetMetricData", { ...input, NextToken: first.NextToken });
    expect(results(second)[0]?.Values).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(results(second)[0]?.StatusCode).toBe("Complete");
    expect(second.NextToken).toBeUndefined();
    const bad = await invokeError(service, "GetMetricData", {
      ...input,
      MaxDatapoints: 11,
      NextToken: first.NextToken,
    });
    expect(legacyCode(bad)).toBe("InvalidNextToken");
  });

  it("counts the page budget across results in request order", async () => {
    const service = await seeded();
    const out = await invoke(service, "GetMetricData", {
      MetricDataQueries: [stat("a", "metric1"), stat("b", "metric1", "Maximum")],
      StartTime: start,
      EndTime: end,
      MaxDatapoints: 25,
    });
    expect(results(out).map((r) => [r.Values.length, r.StatusCode])).toEqual([
      [20, "Complete"],
      [5, "PartialData"],
    ]);
  });

  it("leaves out ReturnData:false queries but still uses them in expressions", async () => {
    const service = await seeded();
    const out = await invoke(service, "GetMetricData", {
      MetricDataQueries: [
        { ...stat("a", "metric1"), ReturnData: false },
        { Id: "e", Expression: "a * 2" },
      ],
      StartTime: start,
      EndTime: end,
    });
    expect(results(out).map((r) => r.Id)).toEqual(["e"]);
    expect(results(out)[0]?.Values.slice(0, 2)).toEqual([38, 36]);
    expect(results(out)[0]?.Label).toBe("e");
  });

  it("returns an empty, complete result for a metric without data", async () => {
    const out = await invoke(testService(), "GetMetricData", {
      MetricDataQueries: [stat("a", "nothing")],
      StartTime: start,
      EndTime: end,
    });
    expect(results(out)[0]).toMatchObject({
      Id: "a",
      Label: "nothing",
      Values: [],
      StatusCode: "Complete",
      Messages: [],
    });
    expect(out.Messages).toEqual([]);
  });

  it("filters by unit", async () => {
    const service = await seeded();
    const q = (unit: string) => stat("a", "metric1", "SampleCount", 60, { Unit: unit });
    const count = await invoke(service, "GetMetricData", {
      MetricDataQueries: [q("Count")],
      StartTime: start,
      EndTime: end,
    });
    const seconds = await invoke(service, "GetMetricData", {
      MetricDataQueries: [q("Seconds")],
      StartTime: start,
      EndTime: end,
    });
    expect(results(count)[0]?.Values).toHaveLength(20);
    expect(results(seconds)[0]?.Values).toEqual([]);
  });

  it("records the number of metric queries in the simulator stats", async () => {
    const counted: Array<[string, number | undefined]> = [];
    await invoke(
      testService(),
      "GetMetricData",
      { MetricDataQueries: [stat("a", "m"), stat("b", "n")], StartTime: start, EndTime: end },
      testContext({ record: (c, n) => counted.push([c, n]) }),
    );
    expect(counted).toEqual([["metricQueries", 2]]);
  });
});

describe("GetMetricData default labels (recorded from AWS)", () => {
  async function labels(queries: Array<Record<string, unknown>>): Promise<string[]> {
    const out = await invoke(await seeded(), "GetMetricData", {
      MetricDataQueries: queries,
      StartTime: start,
      EndTime: end,
    });
    return results(out).map((r) => r.Label);
  }

  it("uses the metric name for a lone query", async () => {
    expect(await labels([stat("a", "metric1", "SampleCount")])).toEqual(["metric1"]);
  });
  it("appends the statistic when statistics differ", async () => {
    expect(await labels([stat("a", "metric1", "Average"), stat("b", "metric1", "Sum")])).toEqual([
      "metric1 Average",
      "metric1 Sum",
    ]);
  });
  it("appends the period when periods differ", async () => {
    expect(await labels([stat("a", "metric1", "Sum", 60), stat("b", "metric1", "Sum", 30)])).toEqual([
      "metric1 60",
      "metric1 30",
    ]);
  });
  it("appends both when both differ", async () => {
    expect(await labels([stat("a", "metric1", "Sum", 60), stat("b", "metric1", "Minimum", 30)])).toEqual([
      "metric1 Sum 60",
      "metric1 Minimum 30",
    ]);
  });
  it("adds nothing when only the unit differs", async () => {
    expect(
      await labels([
        stat("a", "metric1", "Sum", 60, { Unit: "Count" }),
        stat("b", "metric1", "Sum", 60, { Unit: "Seconds" }),
      ]),
    ).toEqual(["metric1", "metric1"]);
  });
  it("keeps a given label and resolves dynamic placeholders per series", async () => {
    const instance = instanceIdFor(PRODUCTION_ACCOUNT_ID, "us-east-1", "web-1");
    const out = await invoke(testService(), "GetMetricData", {
      MetricDataQueries: [
        {
          Id: "a",
          Label: "fixed",
          MetricStat: { Metric: { Namespace: NS, MetricName: "m" }, Period: 60, Stat: "Sum" },
        },
        {
          Id: "b",
          Label: "${PROP('Dim.InstanceId')} max=${MAX} ${LABEL}",
          MetricStat: {
            Metric: {
              Namespace: "AWS/EC2",
              MetricName: "CPUUtilization",
              Dimensions: [{ Name: "InstanceId", Value: instance }],
            },
            Period: 300,
            Stat: "Maximum",
          },
        },
      ],
      StartTime: start,
      EndTime: end,
    });
    const [fixed, dynamic] = results(out);
    expect(fixed?.Label).toBe("fixed");
    const max = Math.max(...(dynamic?.Values ?? []));
    expect(dynamic?.Label.startsWith(`${instance} max=`)).toBe(true);
    expect(dynamic?.Label.endsWith(" CPUUtilization Maximum 300")).toBe(true);
    expect(Number(dynamic?.Label.split("max=")[1]?.split(" ")[0])).toBeCloseTo(max, 1);
  });
});

describe("GetMetricData label time zones", () => {
  it("renders time placeholders in LabelOptions.Timezone", async () => {
    const service = await seeded();
    const query = { ...stat("a", "metric1"), Label: "last ${LAST_TIME}" };
    const label = async (timezone?: string) =>
      results(
        await invoke(service, "GetMetricData", {
          MetricDataQueries: [query],
          StartTime: start,
          EndTime: end,
          ...(timezone ? { LabelOptions: { Timezone: timezone } } : {}),
        }),
      )[0]?.Label;
    expect(await label()).toBe("last 2026-03-04T12:39:00+00:00");
    expect(await label("+0130")).toBe("last 2026-03-04T14:09:00+01:30");
    const bad = await invokeError(service, "GetMetricData", {
      MetricDataQueries: [query],
      StartTime: start,
      EndTime: end,
      LabelOptions: { Timezone: "CET" },
    });
    expect(legacyCode(bad)).toBe("ValidationError");
  });
});

describe("GetMetricData across accounts", () => {
  const stagingInstance = instanceIdFor(STAGING_ACCOUNT_ID, "us-east-1", "web-2");
  const query = (accountId: string) => ({
    Id: "a",
    AccountId: accountId,
    MetricStat: {
      Metric: {
        Namespace: "AWS/EC2",
        MetricName: "CPUUtilization",
        Dimensions: [{ Name: "InstanceId", Value: stagingInstance }],
      },
      Period: 60,
      Stat: "Average",
    },
  });

  it("reads a source account's metrics from the monitoring account", async () => {
    const out = await invoke(testService(), "GetMetricData", {
      MetricDataQueries: [query(STAGING_ACCOUNT_ID)],
      StartTime: start,
      EndTime: end,
    });
    expect(results(out)[0]?.StatusCode).toBe("Complete");
    expect(results(out)[0]?.Values).toHaveLength(60);
  });

  it("answers Forbidden for an account the caller is not linked to", async () => {
    const out = await invoke(
      testService(),
      "GetMetricData",
      { MetricDataQueries: [query(PRODUCTION_ACCOUNT_ID)], StartTime: start, EndTime: end },
      testContext({ accountId: STAGING_ACCOUNT_ID }),
    );
    expect(results(out)[0]).toMatchObject({ StatusCode: "Forbidden", Values: [] });
    expect(results(out)[0]?.Messages[0]?.Code).toBe("Forbidden");
  });
});
