import { describe, expect, it } from "vitest";
import { InProcessPushBus } from "@/lib/push/in-process-bus";
import { dashboardChannel, RefreshSchedules, type DataEvent } from "./schedules";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("RefreshSchedules", () => {
  it("shares one schedule per key, never overlaps runs, and notifies the dashboard's channel", async () => {
    const bus = new InProcessPushBus();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const schedules = new RefreshSchedules({
      bus,
      refresh: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(30); // longer than the interval: a timer-driven schedule would overlap
        runs++;
        active--;
      },
    });
    const events: DataEvent[] = [];
    bus.subscribe(dashboardChannel("d1"), (p) => events.push(JSON.parse(p) as DataEvent));
    const spec = { key: "k", dashboardId: "d1", intervalMs: 5 };
    const leaveA = schedules.acquire(spec);
    const leaveB = schedules.acquire(spec);
    expect(schedules.size()).toBe(1);
    await sleep(200);
    expect(maxActive).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(events.length).toBe(runs);
    expect(events[0]).toMatchObject({ type: "data", dashboardId: "d1", scheduleKey: "k", ok: true });
    leaveA();
    expect(schedules.size()).toBe(1);
    leaveB();
    expect(schedules.size()).toBe(0);
    const after = runs;
    await sleep(100);
    expect(runs - after).toBeLessThanOrEqual(1); // a run in flight may finish, none starts
  });

  it("reports a failed refresh and keeps the schedule going", async () => {
    const bus = new InProcessPushBus();
    let calls = 0;
    const schedules = new RefreshSchedules({
      bus,
      refresh: () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error("throttled")) : Promise.resolve();
      },
    });
    const events: DataEvent[] = [];
    bus.subscribe(dashboardChannel("d"), (p) => events.push(JSON.parse(p) as DataEvent));
    const leave = schedules.acquire({ key: "x", dashboardId: "d", intervalMs: 5 });
    await sleep(60);
    leave();
    expect(events[0]).toMatchObject({ ok: false, message: "throttled" });
    expect(events.slice(1).some((e) => e.ok)).toBe(true);
  });
});
