import { describe, expect, it } from "vitest";
import { InProcessPushBus } from "./in-process-bus";

describe("InProcessPushBus", () => {
  it("delivers to every subscriber of a channel and to no other channel", async () => {
    const bus = new InProcessPushBus();
    const a: string[] = [];
    const b: string[] = [];
    const other: string[] = [];
    bus.subscribe("dash:1", (p) => a.push(p));
    bus.subscribe("dash:1", (p) => b.push(p));
    bus.subscribe("dash:2", (p) => other.push(p));
    await bus.publish("dash:1", "x");
    expect(a).toEqual(["x"]);
    expect(b).toEqual(["x"]);
    expect(other).toEqual([]);
  });

  it("stops delivering after unsubscribe and forgets empty channels", async () => {
    const bus = new InProcessPushBus();
    const got: string[] = [];
    const off = bus.subscribe("c", (p) => got.push(p));
    await bus.publish("c", "1");
    off();
    off();
    await bus.publish("c", "2");
    expect(got).toEqual(["1"]);
    expect(bus.channelCount()).toBe(0);
  });

  it("keeps delivering when one subscriber throws", async () => {
    const bus = new InProcessPushBus();
    const got: string[] = [];
    const original = console.error;
    console.error = () => undefined;
    try {
      bus.subscribe("c", () => {
        throw new Error("boom");
      });
      bus.subscribe("c", (p) => got.push(p));
      await bus.publish("c", "ok");
    } finally {
      console.error = original;
    }
    expect(got).toEqual(["ok"]);
  });
});
