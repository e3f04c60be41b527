// Composite alarms and the DescribeAlarms filters (types, state, prefixes, children/parents) and paging through
// the real SDK client.
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  paginateDescribeAlarms,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { beforeEach, describe, expect, it } from "vitest";
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

describe("composite alarms", () => {
  it("evaluate their rule on creation and whenever a child changes state", async () => {
    await cw().send(alarm("latency"));
    await cw().send(alarm("errors"));
    await cw().send(
      new PutCompositeAlarmCommand({
        AlarmName: "checkout-degraded",
        AlarmRule: `ALARM("${ARN("latency")}") OR ALARM(errors)`,
        AlarmActions: [TOPIC],
        ActionsSuppressor: "latency",
        ActionsSuppressorWaitPeriod: 60,
        ActionsSuppressorExtensionPeriod: 120,
      }),
    );
    const describe = () =>
      cw()
        .send(
          new DescribeAlarmsCommand({ AlarmNames: ["checkout-degraded"], AlarmTypes: ["CompositeAlarm"] }),
        )
        .then((o) => o.CompositeAlarms?.[0]);
    expect(await describe()).toMatchObject({
      AlarmRule: `ALARM("${ARN("latency")}") OR ALARM(errors)`,
      StateValue: "OK",
      StateReason: `${ARN("checkout-degraded")} was created and its alarm rule evaluates to OK`,
      ActionsSuppressor: "latency",
      ActionsSuppressorWaitPeriod: 60,
      ActionsSuppressorExtensionPeriod: 120,
    });
    env.clock = new Date(T0 + 15_000);
    await setState("errors", "ALARM");
    const after = await describe();
    expect(after?.StateValue).toBe("ALARM");
    expect(after?.StateReason).toBe(
      `${ARN("errors")} transitioned to ALARM at Monday 01 June, 2026 12:00:15 UTC`,
    );
    expect(JSON.parse(after?.StateReasonData ?? "{}")).toEqual({
      triggeringAlarms: [
        { arn: ARN("errors"), state: { value: "ALARM", timestamp: "2026-06-01T12:00:15.000+0000" } },
      ],
    });
    const actions = await cw().send(
      new DescribeAlarmHistoryCommand({ AlarmTypes: ["CompositeAlarm"], HistoryItemType: "Action" }),
    );
    expect(actions.AlarmHistoryItems?.map((h) => [h.AlarmName, h.AlarmType, h.HistorySummary])).toEqual([
      ["checkout-degraded", "CompositeAlarm", `Successfully executed action ${TOPIC}`],
    ]);
  });

  it("reject invalid rules with CloudWatch's messages", async () => {
    await cw().send(alarm("a"));
    const syntax = await errorOf(
      cw().send(new PutCompositeAlarmCommand({ AlarmName: "c", AlarmRule: "ALARM(a) ORR OK(a)" })),
    );
    expect([syntax.Code, syntax.message]).toEqual([
      "ValidationError",
      "Error in AlarmRule [Unsupported token 'ORR' at char 9]",
    ]);
    const unknown = await errorOf(
      cw().send(new PutCompositeAlarmCommand({ AlarmName: "c", AlarmRule: "ALARM(a) OR ALARM(b)" })),
    );
    expect(unknown.message).toBe(
      "Could not save the composite alarm as alarms [b] in the alarm rule do not exist",
    );
  });

  it("list children and parents with reduced records, and refuse other filters alongside", async () => {
    await cw().send(alarm("a"));
    await cw().send(alarm("b"));
    await cw().send(new PutCompositeAlarmCommand({ AlarmName: "inner", AlarmRule: "ALARM(a) AND ALARM(b)" }));
    await cw().send(new PutCompositeAlarmCommand({ AlarmName: "outer", AlarmRule: "ALARM(inner) OR OK(a)" }));
    const children = await cw().send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: "outer" }));
    expect(children.MetricAlarms).toEqual([
      {
        AlarmName: "a",
        AlarmArn: ARN("a"),
        StateValue: "INSUFFICIENT_DATA",
        StateUpdatedTimestamp: env.clock,
      },
    ]);
    expect(children.CompositeAlarms?.map((c) => Object.keys(c).sort())).toEqual([
      ["AlarmArn", "AlarmName", "StateUpdatedTimestamp", "StateValue"],
    ]);
    const parents = await cw().send(new DescribeAlarmsCommand({ ParentsOfAlarmName: "a" }));
    expect(parents.CompositeAlarms).toEqual([
      { AlarmName: "inner", AlarmArn: ARN("inner") },
      { AlarmName: "outer", AlarmArn: ARN("outer") },
    ]);
    const err = await errorOf(
      cw().send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: "outer", StateValue: "OK" })),
    );
    expect([err.Code, err.message]).toEqual([
      "ValidationError",
      "If you specify ChildrenOfAlarmName, you cannot specify any other parameters in the request except for MaxRecords and NextToken.",
    ]);
  });
});

describe("DescribeAlarms filters and paging", () => {
  beforeEach(async () => {
    for (const name of ["web-1", "web-2", "web-3", "db-1", "db-2", "queue"]) {
      await cw().send(alarm(name, { AlarmActions: name.startsWith("db") ? [TOPIC] : [] }));
    }
    await cw().send(
      new PutCompositeAlarmCommand({ AlarmName: "web-any", AlarmRule: "ALARM(web-1) OR ALARM(web-2)" }),
    );
    await setState("web-2", "ALARM");
  });

  it("returns metric alarms only unless composite alarms are asked for", async () => {
    const names = (o: {
      MetricAlarms?: { AlarmName?: string }[];
      CompositeAlarms?: { AlarmName?: string }[];
    }) => [
      ...(o.MetricAlarms ?? []).map((a) => a.AlarmName),
      ...(o.CompositeAlarms ?? []).map((a) => a.AlarmName),
    ];
    expect(names(await cw().send(new DescribeAlarmsCommand({ AlarmNamePrefix: "web" })))).toEqual([
      "web-1",
      "web-2",
      "web-3",
    ]);
    expect(
      names(
        await cw().send(
          new DescribeAlarmsCommand({
            AlarmNamePrefix: "web",
            AlarmTypes: ["CompositeAlarm", "MetricAlarm"],
          }),
        ),
      ),
    ).toEqual(["web-1", "web-2", "web-3", "web-any"]);
    expect(
      names(
        await cw().send(
          new DescribeAlarmsCommand({ StateValue: "ALARM", AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }),
        ),
      ),
    ).toEqual(["web-2", "web-any"]);
    expect(
      names(
        await cw().send(new DescribeAlarmsCommand({ ActionPrefix: "arn:aws:sns:us-east-1:111111111111:op" })),
      ),
    ).toEqual(["db-1", "db-2"]);
    expect(
      names(await cw().send(new DescribeAlarmsCommand({ AlarmNames: ["queue", "nope", "db-1"] }))),
    ).toEqual(["db-1", "queue"]);
  });

  it("pages in name order with NextToken", async () => {
    const pages: string[][] = [];
    for await (const page of paginateDescribeAlarms(
      { client: cw(), pageSize: 2 },
      { AlarmTypes: ["MetricAlarm", "CompositeAlarm"] },
    )) {
      pages.push(
        [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])].map((a) => a.AlarmName ?? ""),
      );
    }
    expect(pages).toEqual([["db-1", "db-2"], ["queue", "web-1"], ["web-2", "web-3"], ["web-any"]]);
  });

  it("rejects bad parameters", async () => {
    const both = await errorOf(
      cw().send(new DescribeAlarmsCommand({ AlarmNames: ["a"], AlarmNamePrefix: "a" })),
    );
    expect([both.Code, both.message]).toEqual([
      "InvalidParameterCombination",
      "The parameters AlarmNames and AlarmNamePrefix are mutually exclusive and you have specified both.",
    ]);
    const tooMany = await errorOf(cw().send(new DescribeAlarmsCommand({ MaxRecords: 101 })));
    expect(tooMany.message).toBe(
      "1 validation error detected: Value '101' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    const token = await errorOf(cw().send(new DescribeAlarmsCommand({ NextToken: "bogus" })));
    expect(token.Code).toBe("InvalidNextToken");
  });
});
