// The evaluation engine driven directly, over PutMetricData-style data with a pinned, advancing clock.
import { describe, expect, it } from "vitest";
import { compositeAlarm as composite, MINUTE, simpleAlarm, T0, TestWorld } from "./alarm-test-support";
import type { TreatMissingData } from "./model";

describe("M out of N", () => {
  it("goes to ALARM when M of the last N datapoints breach and back when fewer do", async () => {
    const w = new TestWorld();
    w.putMinutes("m", [5, 15, 15, 5, 5, 5, 20]);
    await w.run((s) =>
      w.engine.putMetricAlarm(s, simpleAlarm("mofn", { evaluationPeriods: 3, datapointsToAlarm: 2 }), [], T0),
    );
    const scope = await w.at(T0 + 7 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "mofn")).toEqual(["12:01:00 OK", "12:03:00 ALARM", "12:05:00 OK"]);
    const items = scope.history.all().filter((h) => h.alarmName === "mofn" && h.type === "StateUpdate");
    const data = items.map((h) => JSON.parse(h.data) as { newState: { stateReason: string } });
    expect(data.map((d) => d.newState.stateReason)).toEqual([
      "Threshold Crossed: 1 out of the last 3 datapoints [5.0 (01/06/26 12:00:00)] was not greater than the threshold (10.0) (minimum 2 datapoints for ALARM -> OK transition).",
      "Threshold Crossed: 2 out of the last 3 datapoints were greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [15.0 (01/06/26 12:02:00), 15.0 (01/06/26 12:01:00)] (minimum 2 datapoints for OK -> ALARM transition).",
      "Threshold Crossed: 2 out of the last 3 datapoints were not greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [5.0 (01/06/26 12:04:00), 5.0 (01/06/26 12:03:00)] (minimum 2 datapoints for ALARM -> OK transition).",
    ]);
    expect(items[1]?.data).toBe(
      '{"version":"1.0","oldState":{"stateValue":"OK","stateReason":"Threshold Crossed: 1 out of the last 3 datapoints [5.0 (01/06/26 12:00:00)] was not greater than the threshold (10.0) (minimum 2 datapoints for ALARM -> OK transition).","stateReasonData":{"version":"1.0","queryDate":"2026-06-01T12:01:00.000+0000","startDate":"2026-06-01T12:00:00.000+0000","statistic":"Average","period":60,"recentDatapoints":[5.0],"threshold":10.0,"evaluatedDatapoints":[{"timestamp":"2026-06-01T12:00:00.000+0000","sampleCount":1.0,"value":5.0},{"timestamp":"2026-06-01T11:59:00.000+0000"},{"timestamp":"2026-06-01T11:58:00.000+0000"}]}},' +
        '"newState":{"stateValue":"ALARM","stateReason":"Threshold Crossed: 2 out of the last 3 datapoints were greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [15.0 (01/06/26 12:02:00), 15.0 (01/06/26 12:01:00)] (minimum 2 datapoints for OK -> ALARM transition).","stateReasonData":{"version":"1.0","queryDate":"2026-06-01T12:03:00.000+0000","startDate":"2026-06-01T12:00:00.000+0000","statistic":"Average","period":60,"recentDatapoints":[5.0,15.0,15.0],"threshold":10.0,"evaluatedDatapoints":[{"timestamp":"2026-06-01T12:02:00.000+0000","sampleCount":1.0,"value":15.0},{"timestamp":"2026-06-01T12:01:00.000+0000","sampleCount":1.0,"value":15.0},{"timestamp":"2026-06-01T12:00:00.000+0000","sampleCount":1.0,"value":5.0}]}}}',
    );
    expect(items[1]?.summary).toBe("Alarm updated from OK to ALARM");
  });

  it("gives the same history whether it catches up at once or minute by minute", async () => {
    const values = [5, 15, 15, null, 15, 5, null, null, null, 20, 20, 20, 5];
    const once = new TestWorld();
    const stepwise = new TestWorld();
    for (const w of [once, stepwise]) {
      w.putMinutes("m", values);
      await w.run((s) => {
        w.engine.putMetricAlarm(s, simpleAlarm("a", { evaluationPeriods: 3, datapointsToAlarm: 2 }), [], T0);
        w.engine.putMetricAlarm(
          s,
          simpleAlarm("b", { evaluationPeriods: 2, treatMissingData: "breaching" }),
          [],
          T0,
        );
        w.engine.putCompositeAlarm(s, composite("c", "ALARM(a) OR ALARM(b)"), [], T0);
      });
    }
    const end = T0 + 14 * MINUTE;
    for (let t = T0; t <= end; t += 20_000) await stepwise.at(t).run(() => undefined);
    await once.at(end).run(() => undefined);
    const dump = (w: TestWorld) =>
      w.run((s) => s.history.all().map((h) => [h.timestamp, h.alarmName, h.summary, h.data]));
    const a = await dump(once);
    expect(a.length).toBeGreaterThan(6);
    expect(await dump(stepwise)).toEqual(a);
  });
});

describe("missing data", () => {
  it("re-evaluates the last datapoints after a metric stops, then applies TreatMissingData", async () => {
    const w = new TestWorld();
    w.put("m", 1, T0 + 10_000);
    const modes: TreatMissingData[] = ["missing", "notBreaching", "breaching", "ignore"];
    await w.run((s) => {
      for (const mode of modes)
        w.engine.putMetricAlarm(
          s,
          simpleAlarm(`stop-${mode}`, { threshold: 0, treatMissingData: mode }),
          [],
          T0,
        );
    });
    const scope = await w.at(T0 + 6 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "stop-missing")).toEqual(["12:01:00 ALARM", "12:04:00 INSUFFICIENT_DATA"]);
    expect(w.transitions(scope, "stop-notBreaching")).toEqual(["12:01:00 ALARM", "12:04:00 OK"]);
    expect(w.transitions(scope, "stop-breaching")).toEqual(["12:01:00 ALARM"]);
    expect(w.transitions(scope, "stop-ignore")).toEqual(["12:01:00 ALARM"]);
    const first = w.alarm(scope, "stop-breaching").state;
    expect(first.reason).toBe(
      "Threshold Crossed: 1 datapoint [1.0 (01/06/26 12:00:00)] was greater than the threshold (0.0).",
    );
    const insufficient = w.alarm(scope, "stop-missing").state;
    expect(insufficient.reason).toBe("Insufficient Data: 1 datapoint was unknown.");
    expect(insufficient.reasonData).toBe(
      '{"version":"1.0","queryDate":"2026-06-01T12:04:00.000+0000","statistic":"Average","period":60,"recentDatapoints":[],"threshold":0.0,"evaluatedDatapoints":[{"timestamp":"2026-06-01T12:03:00.000+0000"}]}',
    );
    expect(w.alarm(scope, "stop-notBreaching").state.reason).toBe(
      "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].",
    );
  });

  it("treats a metric without data as breaching from the first evaluation, except on AWS/DynamoDB", async () => {
    const w = new TestWorld();
    await w.run((s) => {
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("never", { evaluationPeriods: 2, treatMissingData: "breaching" }),
        [],
        T0,
      );
      const dynamo = { namespace: "AWS/DynamoDB", metricName: "ThrottledRequests", dimensions: [] };
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("dynamo", { metric: dynamo, treatMissingData: "breaching" }),
        [],
        T0,
      );
      w.engine.putMetricAlarm(s, simpleAlarm("plain", {}), [], T0);
    });
    const scope = await w.at(T0 + 3 * MINUTE).run((s) => s);
    expect(w.alarm(scope, "never").state).toMatchObject({
      value: "ALARM",
      reason:
        "Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching].",
    });
    expect(JSON.parse(w.alarm(scope, "never").state.reasonData ?? "{}")).toMatchObject({
      recentDatapoints: [],
      evaluatedDatapoints: [
        { timestamp: "2026-06-01T12:00:00.000+0000" },
        { timestamp: "2026-06-01T11:59:00.000+0000" },
      ],
    });
    expect(w.alarm(scope, "dynamo").state.value).toBe("INSUFFICIENT_DATA");
    expect(w.alarm(scope, "plain").state.reason).toBe("Unchecked: Initial alarm creation");
  });
});

describe("periods", () => {
  it("evaluates 5-minute windows every minute", async () => {
    const w = new TestWorld();
    w.putMinutes("m", [20, 20, 20, 0, 0, 0, 0, 0]);
    await w.run((s) => w.engine.putMetricAlarm(s, simpleAlarm("five", { period: 300 }), [], T0));
    const scope = await w.at(T0 + 8 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "five")).toEqual(["12:01:00 ALARM", "12:06:00 OK"]);
    const history = scope.history.all().filter((h) => h.type === "StateUpdate");
    const alarm = JSON.parse(history[0]?.data ?? "{}") as {
      newState: { stateReasonData: Record<string, unknown> };
    };
    expect(alarm.newState.stateReasonData).toMatchObject({
      queryDate: "2026-06-01T12:01:00.000+0000",
      startDate: "2026-06-01T11:56:00.000+0000",
      period: 300,
      recentDatapoints: [20],
    });
  });

  it("evaluates high-resolution alarms once per period", async () => {
    const w = new TestWorld();
    w.put("m", 20, T0 + 5_000, { storageResolution: 1 });
    await w.run((s) => w.engine.putMetricAlarm(s, simpleAlarm("hires", { period: 10 }), [], T0));
    const scope = await w.at(T0 + MINUTE).run((s) => s);
    expect(w.transitions(scope, "hires")).toEqual(["12:00:10 ALARM", "12:00:40 INSUFFICIENT_DATA"]);
  });

  it("skips percentile evaluations with too few samples when asked to", async () => {
    const w = new TestWorld();
    w.put("m", [60, 70, 80, 90, 100], T0 + 10_000);
    const p99 = { statistic: undefined, extendedStatistic: "p99", threshold: 50 };
    await w.run((s) => {
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("evaluate", { ...p99, evaluateLowSampleCountPercentile: "evaluate" }),
        [],
        T0,
      );
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("ignore", { ...p99, evaluateLowSampleCountPercentile: "ignore" }),
        [],
        T0,
      );
    });
    const scope = await w.at(T0 + 2 * MINUTE).run((s) => s);
    expect(w.alarm(scope, "evaluate").state.value).toBe("ALARM");
    expect(w.alarm(scope, "ignore").state.value).toBe("INSUFFICIENT_DATA");
  });
});

describe("SetAlarmState", () => {
  it("holds until the next evaluation changes the state", async () => {
    const w = new TestWorld();
    w.putMinutes("m", [5, 5, 5, 5, 5, 5]);
    await w.run((s) => w.engine.putMetricAlarm(s, simpleAlarm("held"), [], T0));
    await w
      .at(T0 + 3.5 * MINUTE)
      .run((s) => w.engine.setAlarmState(s, "held", "ALARM", "testing", '{"k":1}', w.now));
    const during = await w.at(T0 + 3.9 * MINUTE).run((s) => ({ ...w.alarm(s, "held").state }));
    expect(during).toMatchObject({ value: "ALARM", reason: "testing", reasonData: '{"k":1}' });
    const scope = await w.at(T0 + 4 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "held")).toEqual(["12:01:00 OK", "12:03:30 ALARM", "12:04:00 OK"]);
    const set = scope.history.all().find((h) => h.summary === "Alarm updated from OK to ALARM");
    expect(JSON.parse(set?.data ?? "{}")).toMatchObject({
      newState: { stateReason: "testing", stateReasonData: { k: 1 } },
    });
  });
});

describe("history retention", () => {
  it("keeps two weeks of history", async () => {
    const w = new TestWorld();
    w.putMinutes("m", [20]);
    await w.run((s) => w.engine.putMetricAlarm(s, simpleAlarm("old"), [], T0));
    const early = await w.at(T0 + 5 * MINUTE).run((s) => w.transitions(s, "old"));
    expect(early).toEqual(["12:01:00 ALARM", "12:04:00 INSUFFICIENT_DATA"]);
    const scope = await w.at(T0 + 14 * 86_400_000 + 2 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "old")).toEqual(["12:04:00 INSUFFICIENT_DATA"]);
    expect(scope.history.all().some((h) => h.type === "ConfigurationUpdate")).toBe(false);
  });
});
