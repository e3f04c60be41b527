import { describe, expect, it } from "vitest";
import { metricKey } from "@/lib/simulator/demo";
import { invoke, invokeError, legacyCode, testService, TEST_NOW_SECONDS } from "./handler-test-support";

const datum = (extra: Record<string, unknown>) => ({
  Namespace: "Test/Put",
  MetricData: [{ MetricName: "m", ...extra }],
});

describe("PutMetricData validation", () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    [
      "Value with Values",
      datum({ Value: 1.5, Values: [1, 10] }),
      "InvalidParameterCombination",
      "The parameters MetricData.member.1.Value and MetricData.member.1.Values are mutually exclusive and you have specified both.",
    ],
    [
      "Values and Counts of different sizes",
      datum({ Values: [1, 10], Counts: [2, 4, 5] }),
      "InvalidParameterValue",
      "The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.",
    ],
    [
      "Value with StatisticValues",
      datum({ Value: 1.5, StatisticValues: { SampleCount: 10, Sum: 55, Minimum: 1, Maximum: 10 } }),
      "InvalidParameterCombination",
      "The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.",
    ],
    [
      "NaN value",
      datum({ Value: "NaN" }),
      "InvalidParameterValue",
      "The value NaN for parameter MetricData.member.1.Value is invalid.",
    ],
    [
      "a timestamp older than two weeks",
      datum({ Value: 1, Timestamp: TEST_NOW_SECONDS - 15 * 86400 }),
      "InvalidParameterValue",
      "The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.",
    ],
    [
      "an AWS/ namespace",
      { Namespace: "AWS/EC2", MetricData: [{ MetricName: "m", Value: 1 }] },
      "InvalidParameterValue",
      "The value AWS/EC2 for parameter Namespace is invalid.",
    ],
    [
      "a storage resolution other than 1 or 60",
      datum({ Value: 1, StorageResolution: 5 }),
      "InvalidParameterValue",
      "The value 5 for parameter MetricData.member.1.StorageResolution is invalid.",
    ],
  ];
  for (const [name, input, code, message] of cases) {
    it(`rejects ${name}`, async () => {
      const error = await invokeError(testService(), "PutMetricData", input);
      expect(legacyCode(error)).toBe(code);
      expect(error.message).toBe(message);
    });
  }

  it("names every datum with a bad timestamp, one per line", async () => {
    const error = await invokeError(testService(), "PutMetricData", {
      Namespace: "Test/Put",
      MetricData: [
        { MetricName: "a", Value: 1, Timestamp: TEST_NOW_SECONDS - 20 * 86400 },
        { MetricName: "b", Value: 1 },
        { MetricName: "c", Value: 1, Timestamp: TEST_NOW_SECONDS - 30 * 86400 },
      ],
    });
    expect(error.message).toBe(
      "The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.\n" +
        "The parameter MetricData.member.3.Timestamp must specify a time within the past two weeks.",
    );
  });

  it("reports a missing metric name and a bad unit the way the request validator does", async () => {
    const missing = await invokeError(testService(), "PutMetricData", {
      Namespace: "Test/Put",
      MetricData: [{ Value: 1 }],
    });
    expect(legacyCode(missing)).toBe("ValidationError");
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'metricData.1.member.metricName' failed to satisfy constraint: Member must not be null",
    );
    const unit = await invokeError(testService(), "PutMetricData", datum({ Value: 1, Unit: "Parsecs" }));
    expect(unit.message).toMatch(
      /^1 validation error detected: Value 'Parsecs' at 'metricData\.1\.member\.unit' failed to satisfy constraint: Member must satisfy enum value set: \[Seconds, /,
    );
  });

  it("accepts Values together with StatisticValues, as AWS does, and stores the values", async () => {
    const service = testService();
    await invoke(
      service,
      "PutMetricData",
      datum({ Values: [1, 10], StatisticValues: { SampleCount: 10, Sum: 55, Minimum: 1, Maximum: 10 } }),
    );
    const stored = service.backend.store.get("111111111111", "us-east-1", metricKey("Test/Put", "m", []));
    expect(stored?.entries[0]?.n).toBe(2);
  });
});

describe("PutMetricData storage", () => {
  it("accepts query-protocol strings and stores values with counts", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", {
      Namespace: "Test/Put",
      MetricData: [
        {
          MetricName: "latency",
          Dimensions: [{ Name: "Host", Value: "a" }],
          Values: ["1", "2", "3"],
          Counts: ["1", "1", "2"],
          Unit: "Milliseconds",
          Timestamp: "2026-03-04T12:30:10Z",
          StorageResolution: "60",
        },
      ],
    });
    const metric = {
      namespace: "Test/Put",
      metricName: "latency",
      dimensions: [{ name: "Host", value: "a" }],
    };
    const window = [TEST_NOW_SECONDS - 1200, TEST_NOW_SECONDS] as const;
    expect(
      service.backend.query("111111111111", "us-east-1", metric, "SampleCount", 60, ...window).values,
    ).toEqual([4]);
    expect(service.backend.query("111111111111", "us-east-1", metric, "Sum", 60, ...window).values).toEqual([
      9,
    ]);
    expect(service.backend.query("111111111111", "us-east-1", metric, "p50", 60, ...window).values).toEqual([
      2.5,
    ]);
    expect(
      service.backend.query("111111111111", "us-east-1", metric, "Average", 60, ...window).timestamps,
    ).toEqual([Date.parse("2026-03-04T12:30:00Z") / 1000]);
  });

  it("keeps each account's and Region's data apart", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", datum({ Value: 1 }));
    const metric = { namespace: "Test/Put", metricName: "m", dimensions: [] };
    expect(
      service.backend.query(
        "111111111111",
        "eu-west-1",
        metric,
        "Sum",
        60,
        TEST_NOW_SECONDS - 600,
        TEST_NOW_SECONDS + 60,
      ).values,
    ).toEqual([]);
    expect(
      service.backend.query(
        "222222222222",
        "us-east-1",
        metric,
        "Sum",
        60,
        TEST_NOW_SECONDS - 600,
        TEST_NOW_SECONDS + 60,
      ).values,
    ).toEqual([]);
    expect(
      service.backend.query(
        "111111111111",
        "us-east-1",
        metric,
        "Sum",
        60,
        TEST_NOW_SECONDS - 600,
        TEST_NOW_SECONDS + 60,
        { now: TEST_NOW_SECONDS + 60 },
      ).values,
    ).toEqual([1]);
  });
});
