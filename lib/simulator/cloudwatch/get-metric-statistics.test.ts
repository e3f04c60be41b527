import { WireMap } from "@/lib/simulator/core/types";
import { describe, expect, it } from "vitest";
import { invoke, invokeError, legacyCode, testService, TEST_NOW_SECONDS } from "./handler-test-support";

const lambda = {
  Namespace: "AWS/Lambda",
  MetricName: "Duration",
  Dimensions: [{ Name: "FunctionName", Value: "shop-checkout" }],
};

describe("GetMetricStatistics", () => {
  it("returns the requested statistics per bucket, labelled with the metric name", async () => {
    const out = await invoke(testService(), "GetMetricStatistics", {
      ...lambda,
      StartTime: TEST_NOW_SECONDS - 3600,
      EndTime: TEST_NOW_SECONDS,
      Period: 600,
      Statistics: ["Average", "SampleCount", "Maximum"],
      ExtendedStatistics: ["p99", "p50", "IQM"],
    });
    expect(out.Label).toBe("Duration");
    const points = out.Datapoints as Array<Record<string, unknown>>;
    expect(points).toHaveLength(6);
    for (const p of points) {
      expect(p.Timestamp).toBeInstanceOf(Date);
      expect(p.Unit).toBe("Milliseconds");
      expect(Object.keys(p).sort()).toEqual([
        "Average",
        "ExtendedStatistics",
        "Maximum",
        "SampleCount",
        "Timestamp",
        "Unit",
      ]);
      const ext = (p.ExtendedStatistics as WireMap).entries as Record<string, number>;
      expect(ext.p50).toBeLessThan(ext.p99 ?? 0);
      expect(ext.p99).toBeLessThanOrEqual(p.Maximum as number);
    }
  });

  it("refuses more than 1,440 datapoints with AWS's text", async () => {
    const error = await invokeError(testService(), "GetMetricStatistics", {
      ...lambda,
      StartTime: TEST_NOW_SECONDS - 86400,
      EndTime: TEST_NOW_SECONDS,
      Period: 1,
      Statistics: ["Average"],
    });
    expect(legacyCode(error)).toBe("InvalidParameterCombination");
    expect(error.message).toBe(
      "You have requested up to 86400 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.",
    );
  });

  it("requires StartTime before EndTime and some statistic", async () => {
    const times = await invokeError(testService(), "GetMetricStatistics", {
      ...lambda,
      StartTime: TEST_NOW_SECONDS,
      EndTime: TEST_NOW_SECONDS,
      Period: 60,
      Statistics: ["Sum"],
    });
    expect(legacyCode(times)).toBe("InvalidParameterValue");
    expect(times.message).toBe("The parameter StartTime must be less than the parameter EndTime.");
    const none = await invokeError(testService(), "GetMetricStatistics", {
      ...lambda,
      StartTime: TEST_NOW_SECONDS - 60,
      EndTime: TEST_NOW_SECONDS,
      Period: 60,
    });
    expect(legacyCode(none)).toBe("InvalidParameterCombination");
    const badStat = await invokeError(testService(), "GetMetricStatistics", {
      ...lambda,
      StartTime: TEST_NOW_SECONDS - 60,
      EndTime: TEST_NOW_SECONDS,
      Period: 60,
      Statistics: ["Mean"],
    });
    expect(legacyCode(badStat)).toBe("ValidationError");
  });

  it("has no percentiles for statistic sets whose samples are unknown", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", {
      Namespace: "Test/GMS",
      MetricData: [
        {
          MetricName: "sets",
          StatisticValues: { SampleCount: 10, Sum: 55, Minimum: 1, Maximum: 10 },
          Timestamp: TEST_NOW_SECONDS - 300,
        },
        {
          MetricName: "flat",
          StatisticValues: { SampleCount: 4, Sum: 8, Minimum: 2, Maximum: 2 },
          Timestamp: TEST_NOW_SECONDS - 300,
        },
      ],
    });
    const get = async (name: string) =>
      (
        await invoke(service, "GetMetricStatistics", {
          Namespace: "Test/GMS",
          MetricName: name,
          StartTime: TEST_NOW_SECONDS - 600,
          EndTime: TEST_NOW_SECONDS,
          Period: 600,
          Statistics: ["Average"],
          ExtendedStatistics: ["p90"],
        })
      ).Datapoints as Array<{ Average: number; ExtendedStatistics: WireMap }>;
    expect(await get("sets")).toEqual([
      expect.objectContaining({ Average: 5.5, ExtendedStatistics: new WireMap({}) }),
    ]);
    expect(await get("flat")).toEqual([
      expect.objectContaining({ Average: 2, ExtendedStatistics: new WireMap({ p90: 2 }) }),
    ]);
  });
});
