// Alarm history (filters, paging, survival of deleted alarms), actions and tagging through the real SDK
// client.
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DisableAlarmActionsCommand,
  EnableAlarmActionsCommand,
  ListTagsForResourceCommand,
  paginateDescribeAlarmHistory,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { T0 } from "./alarm-test-support";
import { errorOf, setUpAlarmSimulator } from "./alarm-sim-test-support";

const env = setUpAlarmSimulator();
const cw = () => new CloudWatchClient(clientConfig(env.sim, { maxAttempts: 1 }));
const TOPIC = "arn:aws:sns:us-east-1:111111111111:ops";
const ARN = (name: string) => `arn:aws:cloudwatch:us-east-1:111111111111:alarm:${name}`;

function alarm(name: string, extra: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommand {
  return new PutMetricAlarmCommand({
    AlarmName: name,
    MetricName: "M",
    Namespace: "Test",
    Statistic: "Sum",
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: "GreaterThanThreshold",
    ...extra,
  });
}

const setState = (name: string, value: "OK" | "ALARM" | "INSUFFICIENT_DATA", reason = "test") =>
  cw().send(new SetAlarmStateCommand({ AlarmName: name, StateValue: value, StateReason: reason }));

describe("history, actions, deletion", () => {
  it("records actions only while enabled, pages history and keeps it after deletion", async () => {
    await cw().send(alarm("x", { AlarmActions: [TOPIC], OKActions: [TOPIC] }));
    const steps: Array<["OK" | "ALARM", number]> = [
      ["ALARM", 1],
      ["OK", 2],
      ["ALARM", 3],
      ["OK", 4],
    ];
    for (const [state, second] of steps) {
      env.clock = new Date(T0 + second * 1000);
      if (second === 3) await cw().send(new DisableAlarmActionsCommand({ AlarmNames: ["x", "unknown"] }));
      await setState("x", state, `step ${second}`);
    }
    await cw().send(new EnableAlarmActionsCommand({ AlarmNames: ["x"] }));
    expect((await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms?.[0]?.ActionsEnabled).toBe(true);
    env.clock = new Date(T0 + 5000);
    await cw().send(new DeleteAlarmsCommand({ AlarmNames: ["x"] }));
    expect((await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);

    const actions = await cw().send(
      new DescribeAlarmHistoryCommand({ AlarmName: "x", HistoryItemType: "Action" }),
    );
    expect(actions.AlarmHistoryItems?.map((h) => h.Timestamp?.getTime())).toEqual([T0 + 2000, T0 + 1000]);
    const states = await cw().send(
      new DescribeAlarmHistoryCommand({
        AlarmName: "x",
        HistoryItemType: "StateUpdate",
        ScanBy: "TimestampAscending",
      }),
    );
    expect(states.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual([
      "Alarm updated from INSUFFICIENT_DATA to ALARM",
      "Alarm updated from ALARM to OK",
      "Alarm updated from OK to ALARM",
      "Alarm updated from ALARM to OK",
    ]);
    const window = await cw().send(
      new DescribeAlarmHistoryCommand({
        StartDate: new Date(T0 + 2000),
        EndDate: new Date(T0 + 3000),
        HistoryItemType: "StateUpdate",
      }),
    );
    expect(
      window.AlarmHistoryItems?.map((h) => JSON.parse(h.HistoryData ?? "{}").newState.stateReason),
    ).toEqual(["step 3", "step 2"]);
    const pages: string[][] = [];
    for await (const page of paginateDescribeAlarmHistory(
      { client: cw(), pageSize: 3 },
      { AlarmName: "x" },
    )) {
      pages.push(
        (page.AlarmHistoryItems ?? []).map(
          (h) => `${h.HistoryItemType}@${(h.Timestamp?.getTime() ?? 0) - T0}`,
        ),
      );
    }
    expect(pages).toEqual([
      ["ConfigurationUpdate@5000", "StateUpdate@4000", "StateUpdate@3000"],
      ["Action@2000", "StateUpdate@2000", "Action@1000"],
      ["StateUpdate@1000", "ConfigurationUpdate@0"],
    ]);
    const deleted = JSON.parse(
      (await cw().send(new DescribeAlarmHistoryCommand({ MaxRecords: 1 }))).AlarmHistoryItems?.[0]
        ?.HistoryData ?? "{}",
    );
    expect(deleted).toMatchObject({ type: "Delete", deletedAlarm: { alarmName: "x", stateValue: "OK" } });
  });
});

describe("tags", () => {
  it("tags, lists and untags alarms by ARN", async () => {
    await cw().send(alarm("t", { Tags: [{ Key: "team", Value: "web" }] }));
    await cw().send(
      new TagResourceCommand({
        ResourceARN: ARN("t"),
        Tags: [
          { Key: "env", Value: "prod" },
          { Key: "team", Value: "shop" },
        ],
      }),
    );
    const list = () =>
      cw()
        .send(new ListTagsForResourceCommand({ ResourceARN: ARN("t") }))
        .then((o) => o.Tags);
    expect(await list()).toEqual([
      { Key: "team", Value: "shop" },
      { Key: "env", Value: "prod" },
    ]);
    await cw().send(new UntagResourceCommand({ ResourceARN: ARN("t"), TagKeys: ["team"] }));
    expect(await list()).toEqual([{ Key: "env", Value: "prod" }]);
    const missing = await errorOf(cw().send(new ListTagsForResourceCommand({ ResourceARN: ARN("nope") })));
    expect([missing.name, missing.$metadata.httpStatusCode]).toEqual(["ResourceNotFoundException", 404]);
  });
});
