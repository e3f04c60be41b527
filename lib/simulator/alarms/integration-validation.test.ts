// Validation errors of the alarm API as the real SDK client reports them.
import {
  CloudWatchClient,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, setUpAlarmSimulator } from "./alarm-sim-test-support";

const env = setUpAlarmSimulator();
const cw = () => new CloudWatchClient(clientConfig(env.sim, { maxAttempts: 1 }));

const BASE: PutMetricAlarmCommandInput = {
  AlarmName: "cpu-high",
  MetricName: "CPU",
  Namespace: "Test/App",
  Dimensions: [{ Name: "Host", Value: "a" }],
  Statistic: "Average",
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 2,
  ComparisonOperator: "GreaterThanThreshold",
};

describe("PutMetricAlarm validation", () => {
  const cases: Array<[string, Partial<PutMetricAlarmCommandInput>, string, string]> = [
    ["period", { Period: 45 }, "ValidationError", "Period must be 10, 30 or a multiple of 60"],
    [
      "M > N",
      { DatapointsToAlarm: 2 },
      "ValidationError",
      "DatapointsToAlarm must be less than or equal to EvaluationPeriods",
    ],
    [
      "extended statistic",
      { Statistic: undefined, ExtendedStatistic: "90" },
      "InvalidParameterValue",
      "The value 90 for parameter ExtendedStatistic is not supported.",
    ],
    [
      "low-sample option",
      { Statistic: undefined, ExtendedStatistic: "p90", EvaluateLowSampleCountPercentile: "unknown" },
      "ValidationError",
      "Option unknown is not supported. Supported options for parameter EvaluateLowSampleCountPercentile are evaluate and ignore.",
    ],
    [
      "both statistics",
      { ExtendedStatistic: "p90" },
      "InvalidParameterCombination",
      "Exactly one of the parameters Statistic or ExtendedStatistic must be specified.",
    ],
    [
      "evaluation window",
      { Period: 3600, EvaluationPeriods: 200 },
      "ValidationError",
      "The product of EvaluationPeriods and Period must not exceed 604800 seconds.",
    ],
    [
      "two returned queries",
      {
        MetricName: undefined,
        Namespace: undefined,
        Statistic: undefined,
        Period: undefined,
        Dimensions: undefined,
        Metrics: [
          { Id: "m1", MetricStat: { Metric: { Namespace: "N", MetricName: "M" }, Period: 60, Stat: "Sum" } },
          { Id: "e1", Expression: "m1 * 2" },
        ],
      },
      "ValidationError",
      "Invalid metrics list",
    ],
    [
      "band without match",
      {
        MetricName: undefined,
        Namespace: undefined,
        Statistic: undefined,
        Period: undefined,
        Dimensions: undefined,
        Threshold: undefined,
        ComparisonOperator: "GreaterThanUpperThreshold",
        ThresholdMetricId: "ad9",
        Metrics: [
          { Id: "m1", MetricStat: { Metric: { Namespace: "N", MetricName: "M" }, Period: 60, Stat: "Sum" } },
          { Id: "ad1", Expression: "ANOMALY_DETECTION_BAND(m1)" },
        ],
      },
      "ValidationError",
      "Metrics list must contain exactly one metric matching the ThresholdMetricId parameter",
    ],
  ];
  it.each(cases)("rejects %s", async (_label, change, code, message) => {
    const err = await errorOf(cw().send(new PutMetricAlarmCommand({ ...BASE, ...change })));
    expect([err.Code, err.message, err.$metadata.httpStatusCode]).toEqual([code, message, 400]);
  });

  it("reports validator errors for missing and out-of-enum members", async () => {
    const err = await errorOf(cw().send(new PutMetricAlarmCommand({ ...BASE, AlarmName: undefined })));
    expect(err.message).toBe(
      "1 validation error detected: Value null at 'alarmName' failed to satisfy constraint: Member must not be null",
    );
    const invalidState = await errorOf(
      cw().send(
        new SetAlarmStateCommand({ AlarmName: "x", StateValue: "INVALID" as "OK", StateReason: "test" }),
      ),
    );
    expect([invalidState.name, invalidState.Code, invalidState.message]).toEqual([
      "ValidationException",
      "ValidationError",
      "1 validation error detected: Value 'INVALID' at 'stateValue' failed to satisfy constraint: Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]",
    ]);
    const missing = await errorOf(
      cw().send(new SetAlarmStateCommand({ AlarmName: "x", StateValue: "OK", StateReason: "test" })),
    );
    expect([missing.name, missing.$metadata.httpStatusCode]).toEqual(["ResourceNotFound", 404]);
    await cw().send(new PutMetricAlarmCommand(BASE));
    const badJson = await errorOf(
      cw().send(
        new SetAlarmStateCommand({
          AlarmName: "cpu-high",
          StateValue: "OK",
          StateReason: "r",
          StateReasonData: "{",
        }),
      ),
    );
    expect(badJson.Code).toBe("InvalidFormat");
  });
});
