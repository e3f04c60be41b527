import { describe, expect, it } from "vitest";
import { conditionWords, configurationLines } from "./plain-words";
import { located } from "./test-alarms";

describe("alarm configuration in plain words", () => {
  it("says the condition, the periods and the missing-data treatment", () => {
    const alarm = located({
      name: "cpu",
      metricName: "CPUUtilization",
      namespace: "AWS/EC2",
      statistic: "Average",
      period: 60,
      threshold: 85,
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      treatMissingData: "notBreaching",
      dimensions: [{ name: "InstanceId", value: "i-1" }],
    });
    expect(conditionWords(alarm)).toBe(
      "CPUUtilization (Average over 1 minute) > 85 for 3 of the last 5 periods",
    );
    expect(Object.fromEntries(configurationLines(alarm))).toMatchObject({
      "Datapoints to alarm": "3 of 5",
      "Missing data": "missing data is treated as good (not breaching)",
      Dimensions: "InstanceId = i-1",
    });
  });
  it("describes anomaly bands and math", () => {
    const alarm = located({
      name: "latency",
      thresholdMetricId: "band",
      comparisonOperator: "GreaterThanUpperThreshold",
      evaluationPeriods: 5,
      datapointsToAlarm: 5,
      metrics: [
        {
          id: "latency",
          returnData: false,
          metricStat: {
            namespace: "AWS/ApplicationELB",
            metricName: "TargetResponseTime",
            dimensions: [],
            period: 60,
            stat: "Average",
          },
        },
        { id: "band", expression: "ANOMALY_DETECTION_BAND(latency, 3)", label: "expected", returnData: true },
      ],
    });
    expect(conditionWords(alarm)).toBe(
      "expected = ANOMALY_DETECTION_BAND(latency, 3) per 1 minute above the band for 5 consecutive periods",
    );
  });
});
