import { describe, expect, it } from "vitest";
import { InProcessLimiter } from "./limiter";

describe("InProcessLimiter", () => {
  it("never grants more than the limit per key and serves waiters in order", async () => {
    const limiter = new InProcessLimiter(() => 2);
    const a = await limiter.acquire("acct");
    const b = await limiter.acquire("acct");
    const order: string[] = [];
    const c = limiter.acquire("acct").then((r) => (order.push("c"), r));
    const d = limiter.acquire("acct").then((r) => (order.push("d"), r));
    const other = await limiter.acquire("other");
    expect(limiter.usage("acct")).toEqual({ active: 2, waiting: 2, limit: 2 });
    a();
    a(); // a second release of the same slot is ignored
    const releaseC = await c;
    expect(order).toEqual(["c"]);
    expect(limiter.usage("acct").active).toBe(2);
    b();
    await d;
    expect(order).toEqual(["c", "d"]);
    releaseC();
    other();
    expect(limiter.usage("acct")).toEqual({ active: 1, waiting: 0, limit: 2 });
  });

  it("drops a waiter whose signal aborts", async () => {
    const limiter = new InProcessLimiter(() => 1);
    const release = await limiter.acquire("k");
    const controller = new AbortController();
    const waiting = limiter.acquire("k", controller.signal);
    controller.abort(new Error("left"));
    await expect(waiting).rejects.toThrow("left");
    expect(limiter.usage("k").waiting).toBe(0);
    release();
    expect(limiter.usage("k").active).toBe(0);
  });
});
