// The engine with composite alarms, metric-math alarms and the background timer, driven directly.
import { describe, expect, it, vi } from "vitest";
import { compositeAlarm as composite, MINUTE, simpleAlarm, T0, TestWorld } from "./alarm-test-support";

describe("composite alarms", () => {
  it("follow their children in time order, through composites of composites", async () => {
    const w = new TestWorld();
    w.putMinutes("a", [5, 15, 15, 15, 5, 5, 5, 5]);
    w.putMinutes("b", [5, 5, 5, 15, 15, 5, 5, 5]);
    await w.run((s) => {
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("a", { metric: { namespace: "Test", metricName: "a", dimensions: [] } }),
        [],
        T0,
      );
      w.engine.putMetricAlarm(
        s,
        simpleAlarm("b", { metric: { namespace: "Test", metricName: "b", dimensions: [] } }),
        [],
        T0,
      );
      w.engine.putCompositeAlarm(s, composite("c", "ALARM(a) AND NOT ALARM(b)"), [], T0);
      w.engine.putCompositeAlarm(
        s,
        composite("d", 'OK("arn:aws:cloudwatch:us-east-1:111111111111:alarm:c")'),
        [],
        T0,
      );
    });
    const scope = await w.at(T0 + 8 * MINUTE).run((s) => s);
    expect(w.transitions(scope, "a")).toEqual(["12:01:00 OK", "12:02:00 ALARM", "12:05:00 OK"]);
    expect(w.transitions(scope, "b")).toEqual(["12:01:00 OK", "12:04:00 ALARM", "12:06:00 OK"]);
    expect(w.transitions(scope, "c")).toEqual(["12:00:00 OK", "12:02:00 ALARM", "12:04:00 OK"]);
    expect(w.transitions(scope, "d")).toEqual(["12:00:00 ALARM", "12:02:00 OK", "12:04:00 ALARM"]);
    const created = scope.history.all().find((h) => h.alarmName === "c" && h.type === "StateUpdate");
    expect(JSON.parse(created?.data ?? "{}")).toMatchObject({
      newState: {
        stateReason:
          "arn:aws:cloudwatch:us-east-1:111111111111:alarm:c was created and its alarm rule evaluates to OK",
        stateReasonData: {
          triggeringAlarms: [
            {
              arn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:a",
              state: { value: "INSUFFICIENT_DATA" },
            },
            {
              arn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:b",
              state: { value: "INSUFFICIENT_DATA" },
            },
          ],
        },
      },
    });
    expect(w.alarm(scope, "d").state.reason).toBe(
      "arn:aws:cloudwatch:us-east-1:111111111111:alarm:c transitioned to OK at Monday 01 June, 2026 12:04:00 UTC",
    );
    expect(JSON.parse(w.alarm(scope, "d").state.reasonData ?? "{}")).toEqual({
      triggeringAlarms: [
        {
          arn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:c",
          state: { value: "OK", timestamp: "2026-06-01T12:04:00.000+0000" },
        },
      ],
    });
  });

  it("stop evaluating on cycles and protect referenced alarms from deletion", async () => {
    const w = new TestWorld();
    await w.run((s) => {
      w.engine.putMetricAlarm(s, simpleAlarm("m"), [], T0);
      w.engine.putCompositeAlarm(s, composite("c2", "ALARM(m)"), [], T0);
      w.engine.putCompositeAlarm(s, composite("c1", "ALARM(c2)"), [], T0);
      w.engine.putCompositeAlarm(s, composite("c2", "ALARM(c1) OR ALARM(m)"), [], T0);
    });
    const scope = await w.run((s) => s);
    expect(scope.isCyclic("c1") && scope.isCyclic("c2")).toBe(true);
    await w.run((s) => w.engine.setAlarmState(s, "m", "ALARM", "forced", undefined, w.now));
    expect(w.alarm(scope, "c2").state.value).toBe("OK");
    const error = (names: string[]) =>
      w
        .run((s) => w.engine.deleteAlarms(s, names, w.now))
        .then(
          () => "deleted",
          (e: Error) => e.message,
        );
    expect(await error(["m"])).toBe(
      "Could not delete the alarms [m] because they are used by the composite alarms [c2].",
    );
    expect(await error(["c1", "c2"])).toBe(
      "You can delete at most one composite alarm in a single DeleteAlarms call.",
    );
    await w.run((s) => w.engine.putCompositeAlarm(s, composite("c2", "FALSE"), [], w.now));
    expect(await error(["c1", "no-such-alarm"])).toBe("deleted");
    expect(scope.alarms.has("c1")).toBe(false);
    expect(scope.history.all().some((h) => h.alarmName === "c1" && h.summary === 'Alarm "c1" deleted')).toBe(
      true,
    );
  });

  it("reject rules that name unknown alarms", async () => {
    const w = new TestWorld();
    const attempt = w.run((s) =>
      w.engine.putCompositeAlarm(s, composite("x", 'ALARM(nope) OR OK("also-not")'), [], T0),
    );
    await expect(attempt).rejects.toThrow(
      "Could not save the composite alarm as alarms [nope, also-not] in the alarm rule do not exist",
    );
  });
});

describe("metric math alarms", () => {
  const math = (name: string, expression: string) =>
    simpleAlarm(name, {
      metric: undefined,
      statistic: undefined,
      threshold: 2,
      evaluationPeriods: 2,
      metrics: [
        {
          id: "errors",
          returnData: false,
          metricStat: {
            metric: { namespace: "Test", metricName: "errors", dimensions: [] },
            period: 60,
            stat: "Sum",
          },
        },
        {
          id: "requests",
          returnData: false,
          metricStat: {
            metric: { namespace: "Test", metricName: "requests", dimensions: [] },
            period: 60,
            stat: "Sum",
          },
        },
        { id: "rate", expression, returnData: true },
      ],
    });

  it("evaluate point-wise expressions in batches and others per evaluation, with the same result", async () => {
    const w = new TestWorld();
    w.putMinutes("errors", [1, 1, 5, 5, 5, 1, 1, 1]);
    w.putMinutes("requests", [100, 100, 100, 100, 100, 100, 100, 100]);
    await w.run((s) => {
      w.engine.putMetricAlarm(s, math("compiled", "100 * errors / requests"), [], T0);
      w.engine.putMetricAlarm(s, math("batched", "IF(requests > 0, 100 * errors / requests, 0)"), [], T0);
      w.engine.putMetricAlarm(s, math("windowed", "100 * FILL(errors, 0) / requests"), [], T0);
    });
    const scope = await w.at(T0 + 8 * MINUTE).run((s) => s);
    const kinds = ["compiled", "batched", "windowed"].map((n) => scope.runners.get(n)?.datapointSource);
    expect(kinds).toEqual(["fast", "batch", "window"]);
    expect(w.transitions(scope, "compiled")).toEqual(["12:01:00 OK", "12:04:00 ALARM", "12:06:00 OK"]);
    expect(w.transitions(scope, "batched")).toEqual(w.transitions(scope, "compiled"));
    expect(w.transitions(scope, "windowed")).toEqual(w.transitions(scope, "compiled"));
    const reasonData = JSON.parse(w.alarm(scope, "compiled").state.reasonData ?? "{}") as Record<
      string,
      unknown
    >;
    expect(reasonData.statistic).toBeUndefined();
    expect(reasonData.evaluatedDatapoints).toEqual([
      { timestamp: "2026-06-01T12:05:00.000+0000", value: 1 },
      { timestamp: "2026-06-01T12:04:00.000+0000", value: 5 },
    ]);
  });
});

describe("background timer", () => {
  it("catches known scopes up on its own schedule", async () => {
    vi.useFakeTimers();
    try {
      const w = new TestWorld();
      w.putMinutes("m", [20, 20, 20]);
      await w.run((s) => w.engine.putMetricAlarm(s, simpleAlarm("timed"), [], T0));
      const stop = w.engine.startTimer(60_000, () => new Date(w.now));
      w.now = T0 + 2 * MINUTE;
      await vi.advanceTimersByTimeAsync(60_000);
      stop();
      const scope = w.engine.scope("111111111111", "us-east-1", w.now);
      expect(w.transitions(scope, "timed")).toEqual(["12:01:00 ALARM"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
