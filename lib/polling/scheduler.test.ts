import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startPollScheduler } from "./scheduler";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("poll scheduler", () => {
  it("polls each target once per interval and backs off (doubling, bounded) while throttled", async () => {
    const calls: Record<string, number> = { a: 0, b: 0 };
    const scheduler = startPollScheduler({
      name: "test",
      intervalMs: 10_000,
      tickMs: 1_000,
      maxBackoffMs: 40_000,
      targets: async () => [{ key: "a" }, { key: "b" }],
      poll: async ({ key }) => {
        calls[key] = (calls[key] ?? 0) + 1;
        return { throttled: key === "b" };
      },
    });
    await vi.advanceTimersByTimeAsync(152_500);
    await scheduler.stop();
    // a: at 1 s, then every 10 s → 16 polls. b: at 1 s, then after 10+10, 10+20, 10+40, 10+40 (bounded) s:
    // at 1, 21, 51, 101 and 151 s → 5 polls.
    expect(calls.a).toBe(16);
    expect(calls.b).toBe(5);
  });

  it("asks shouldPoll before every round and never overlaps polls of one target", async () => {
    let allowed = false;
    let running = 0;
    let maxRunning = 0;
    let polls = 0;
    const scheduler = startPollScheduler({
      name: "test",
      intervalMs: 1_000,
      tickMs: 100,
      shouldPoll: async () => allowed,
      targets: async () => [{ key: "a" }],
      poll: async () => {
        polls++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        running--;
        return {};
      },
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(polls).toBe(0);
    allowed = true;
    await vi.advanceTimersByTimeAsync(12_000);
    await scheduler.stop();
    expect(maxRunning).toBe(1);
    expect(polls).toBe(2);
  });

  it("picks up added targets and drops removed ones at the next refresh of the list", async () => {
    let keys = ["a"];
    const polled: string[] = [];
    const kept: string[][] = [];
    const scheduler = startPollScheduler({
      name: "test",
      intervalMs: 60_000,
      tickMs: 1_000,
      targetRefreshMs: 5_000,
      targets: async () => keys.map((key) => ({ key })),
      onTargets: async (current) => {
        kept.push(current);
      },
      poll: async ({ key }) => {
        polled.push(key);
        return {};
      },
    });
    await vi.advanceTimersByTimeAsync(2_000);
    keys = ["b"];
    await vi.advanceTimersByTimeAsync(6_000);
    await scheduler.stop();
    expect(polled).toEqual(["a", "b"]);
    expect(kept.at(-1)).toEqual(["b"]);
    // The list is read once per refresh period, not at every tick.
    expect(kept.length).toBe(2);
  });
});
