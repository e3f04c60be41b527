// The alarm API through the real SDK clients (JSON 1.0 client and the awsQuery client 3.948.0): creating,
// describing, state changes with a pinned and advanced clock, and the validation errors.
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchClient as QueryClient,
  DescribeAlarmHistoryCommand as QueryDescribeAlarmHistory,
  DescribeAlarmsCommand as QueryDescribeAlarms,
  PutMetricAlarmCommand as QueryPutMetricAlarm,
  SetAlarmStateCommand as QuerySetAlarmState,
} from "@aws-sdk/client-cloudwatch-query";
import { describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { T0 } from "./alarm-test-support";
import { errorOf, setUpAlarmSimulator } from "./alarm-sim-test-support";

const env = setUpAlarmSimulator();
const cw = () => new CloudWatchClient(clientConfig(env.sim, { maxAttempts: 1 }));
const query = () => new QueryClient(clientConfig(env.sim, { maxAttempts: 1 }));

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

async function putValue(value: number, at: Date, unit: "Seconds" | "None" = "None") {
  await cw().send(
    new PutMetricDataCommand({
      Namespace: "Test/App",
      MetricData: [
        {
          MetricName: "CPU",
          Dimensions: [{ Name: "Host", Value: "a" }],
          Value: value,
          Timestamp: at,
          Unit: unit,
        },
      ],
    }),
  );
}

describe("PutMetricAlarm / DescribeAlarms", () => {
  it("describes a new alarm like AWS: INSUFFICIENT_DATA, unchecked, empty action lists", async () => {
    await cw().send(new PutMetricAlarmCommand({ ...BASE, Dimensions: undefined }));
    const out = await cw().send(new DescribeAlarmsCommand({ AlarmNames: ["cpu-high"] }));
    expect(out.CompositeAlarms).toEqual([]);
    expect(out.MetricAlarms).toEqual([
      {
        AlarmName: "cpu-high",
        AlarmArn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:cpu-high",
        AlarmConfigurationUpdatedTimestamp: env.clock,
        ActionsEnabled: true,
        OKActions: [],
        AlarmActions: [],
        InsufficientDataActions: [],
        StateValue: "INSUFFICIENT_DATA",
        StateReason: "Unchecked: Initial alarm creation",
        StateUpdatedTimestamp: env.clock,
        StateTransitionedTimestamp: env.clock,
        MetricName: "CPU",
        Namespace: "Test/App",
        Statistic: "Average",
        Dimensions: [],
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 2,
        ComparisonOperator: "GreaterThanThreshold",
      },
    ]);
  });

  it("goes to ALARM at the next evaluation after breaching data arrives, with AWS's reason text", async () => {
    await cw().send(
      new PutMetricAlarmCommand({ ...BASE, Unit: "Seconds", TreatMissingData: "notBreaching" }),
    );
    await putValue(20, new Date(T0 + 5_000), "Seconds");
    await putValue(23, new Date(T0 + 15_000), "Seconds");
    await putValue(99, new Date(T0 + 25_000), "None");
    env.clock = new Date(T0 + 61_000);
    const [alarm] = (await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms ?? [];
    expect(alarm?.StateValue).toBe("ALARM");
    expect(alarm?.StateReason).toBe(
      "Threshold Crossed: 1 datapoint [21.5 (01/06/26 12:00:00)] was greater than the threshold (2.0).",
    );
    expect(alarm?.StateTransitionedTimestamp).toEqual(new Date(T0 + 60_000));
    expect(JSON.parse(alarm?.StateReasonData ?? "{}")).toEqual({
      version: "1.0",
      queryDate: "2026-06-01T12:01:00.000+0000",
      startDate: "2026-06-01T12:00:00.000+0000",
      unit: "Seconds",
      statistic: "Average",
      period: 60,
      recentDatapoints: [21.5],
      threshold: 2,
      evaluatedDatapoints: [{ timestamp: "2026-06-01T12:00:00.000+0000", sampleCount: 2, value: 21.5 }],
    });
    const history = await cw().send(
      new DescribeAlarmHistoryCommand({ AlarmName: "cpu-high", HistoryItemType: "StateUpdate" }),
    );
    expect(history.AlarmHistoryItems).toHaveLength(1);
    expect(history.AlarmHistoryItems?.[0]).toMatchObject({
      AlarmName: "cpu-high",
      AlarmType: "MetricAlarm",
      HistoryItemType: "StateUpdate",
      HistorySummary: "Alarm updated from INSUFFICIENT_DATA to ALARM",
      Timestamp: new Date(T0 + 60_000),
    });
    const data = JSON.parse(history.AlarmHistoryItems?.[0]?.HistoryData ?? "{}") as Record<string, unknown>;
    expect(data).toMatchObject({
      version: "1.0",
      oldState: { stateValue: "INSUFFICIENT_DATA", stateReason: "Unchecked: Initial alarm creation" },
      newState: { stateValue: "ALARM", stateReasonData: { recentDatapoints: [21.5], threshold: 2 } },
    });
    env.clock = new Date(T0 + 5 * 60_000);
    const later = await cw().send(new DescribeAlarmsCommand({ StateValue: "OK" }));
    expect(later.MetricAlarms?.[0]?.StateReason).toBe(
      "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].",
    );
  });

  it("works over the awsQuery protocol too", async () => {
    await query().send(
      new QueryPutMetricAlarm({
        ...BASE,
        EvaluationPeriods: 1,
        ComparisonOperator: "GreaterThanThreshold",
        TreatMissingData: "breaching",
        DatapointsToAlarm: 1,
      }),
    );
    env.clock = new Date(T0 + 2 * 60_000);
    const out = await query().send(new QueryDescribeAlarms({ AlarmNamePrefix: "cpu" }));
    expect(
      out.MetricAlarms?.map((a) => [a.AlarmName, a.StateValue, a.TreatMissingData, a.DatapointsToAlarm]),
    ).toEqual([["cpu-high", "ALARM", "breaching", 1]]);
    const history = await query().send(new QueryDescribeAlarmHistory({ AlarmName: "cpu-high" }));
    expect(history.AlarmHistoryItems?.map((h) => h.HistoryItemType)).toEqual([
      "StateUpdate",
      "ConfigurationUpdate",
    ]);
    const err = await errorOf(
      query().send(new QuerySetAlarmState({ AlarmName: "nope", StateValue: "OK", StateReason: "x" })),
    );
    expect([err.name, err.$metadata.httpStatusCode]).toEqual(["ResourceNotFound", 404]);
  });

  it("keeps the state on update and replaces the configuration", async () => {
    await cw().send(new PutMetricAlarmCommand(BASE));
    await cw().send(
      new SetAlarmStateCommand({ AlarmName: "cpu-high", StateValue: "ALARM", StateReason: "test" }),
    );
    env.clock = new Date(T0 + 30_000);
    await cw().send(new PutMetricAlarmCommand({ ...BASE, Threshold: 50, AlarmDescription: "updated" }));
    const [alarm] = (await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms ?? [];
    expect([alarm?.StateValue, alarm?.Threshold, alarm?.AlarmDescription]).toEqual(["ALARM", 50, "updated"]);
    expect(alarm?.AlarmConfigurationUpdatedTimestamp).toEqual(env.clock);
    const history = await cw().send(
      new DescribeAlarmHistoryCommand({ HistoryItemType: "ConfigurationUpdate" }),
    );
    expect(history.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual([
      'Alarm "cpu-high" updated',
      'Alarm "cpu-high" created',
    ]);
    const created = JSON.parse(history.AlarmHistoryItems?.[1]?.HistoryData ?? "{}") as Record<
      string,
      unknown
    >;
    expect(created).toMatchObject({
      version: "1.0",
      type: "Create",
      createdAlarm: {
        alarmName: "cpu-high",
        metricName: "CPU",
        threshold: 2,
        dimensions: [{ value: "a", name: "Host" }],
        okactions: [],
      },
    });
  });

  it("stores metric-math and anomaly-detection alarms", async () => {
    const metric = { Namespace: "Test/App", MetricName: "CPU" };
    await cw().send(
      new PutMetricAlarmCommand({
        AlarmName: "band",
        EvaluationPeriods: 2,
        ComparisonOperator: "LessThanLowerOrGreaterThanUpperThreshold",
        ThresholdMetricId: "ad1",
        Metrics: [
          { Id: "m1", MetricStat: { Metric: metric, Period: 300, Stat: "p90" }, ReturnData: true },
          { Id: "ad1", Expression: "ANOMALY_DETECTION_BAND(m1, 2)", Label: "band", ReturnData: true },
        ],
      }),
    );
    const [alarm] = (await cw().send(new DescribeAlarmsCommand({ AlarmNames: ["band"] }))).MetricAlarms ?? [];
    expect(alarm).toMatchObject({
      ThresholdMetricId: "ad1",
      ComparisonOperator: "LessThanLowerOrGreaterThanUpperThreshold",
      Dimensions: [],
      Metrics: [
        {
          Id: "m1",
          MetricStat: { Metric: { ...metric, Dimensions: [] }, Period: 300, Stat: "p90" },
          ReturnData: true,
        },
        { Id: "ad1", Expression: "ANOMALY_DETECTION_BAND(m1, 2)", Label: "band", ReturnData: true },
      ],
    });
    expect(alarm?.Period).toBeUndefined();
    expect(alarm?.Threshold).toBeUndefined();
  });

  it("finds standard alarms by metric", async () => {
    await cw().send(new PutMetricAlarmCommand(BASE));
    await cw().send(new PutMetricAlarmCommand({ ...BASE, AlarmName: "cpu-max", Statistic: "Maximum" }));
    await cw().send(
      new PutMetricAlarmCommand({
        ...BASE,
        AlarmName: "other-host",
        Dimensions: [{ Name: "Host", Value: "b" }],
      }),
    );
    const forMetric = (extra: object) =>
      cw()
        .send(
          new DescribeAlarmsForMetricCommand({
            Namespace: "Test/App",
            MetricName: "CPU",
            Dimensions: [{ Name: "Host", Value: "a" }],
            ...extra,
          }),
        )
        .then((o) => o.MetricAlarms?.map((a) => a.AlarmName));
    expect(await forMetric({})).toEqual(["cpu-high", "cpu-max"]);
    expect(await forMetric({ Statistic: "Maximum" })).toEqual(["cpu-max"]);
    expect(await forMetric({ Period: 300 })).toEqual([]);
  });
});
