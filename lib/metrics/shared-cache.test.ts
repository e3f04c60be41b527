import { describe, expect, it } from "vitest";
import { SharedCache } from "./shared-cache";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("SharedCache (the server's one cache policy)", () => {
  it("shares a computation in flight, then serves its value until the TTL passes", async () => {
    const time = clock();
    const cache = new SharedCache<number>({ max: 10, now: time.now });
    let calls = 0;
    const compute = async () => ++calls;
    const first = cache.getOrCompute("k", compute, () => 1_000);
    const second = cache.getOrCompute("k", compute, () => 1_000);
    expect(second).toBe(first);
    expect(await first).toBe(1);
    expect(cache.get("k")).toBe(1);
    time.advance(999);
    expect(cache.get("k")).toBe(1);
    time.advance(2);
    expect(cache.get("k")).toBeUndefined();
    expect(await cache.getOrCompute("k", compute, () => 1_000)).toBe(2);
  });

  it("forgets a computation that throws, so the next caller tries again", async () => {
    const cache = new SharedCache<number>({ max: 10 });
    const failing = cache.getOrCompute(
      "k",
      () => Promise.reject(new Error("throttled")),
      () => 1_000,
    );
    await expect(failing).rejects.toThrow("throttled");
    expect(cache.get("k")).toBeUndefined();
  });

  it("chooses the TTL from the value (a failure outcome kept briefly, 0 = not kept)", async () => {
    const time = clock();
    const cache = new SharedCache<{ ok: boolean }>({ max: 10, now: time.now });
    cache.track("bad", Promise.resolve({ ok: false }), (v) => (v.ok ? 60_000 : 10_000));
    cache.track("none", Promise.resolve({ ok: true }), () => 0);
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.get("bad")).toEqual({ ok: false });
    expect(cache.get("none")).toBeUndefined();
    time.advance(10_001);
    expect(cache.get("bad")).toBeUndefined();
  });

  it("is bounded: the least recently used entry goes first", async () => {
    const cache = new SharedCache<string>({ max: 2 });
    for (const key of ["a", "b"]) cache.track(key, Promise.resolve(key), () => 60_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get("a")).toBe("a"); // a is now more recent than b
    cache.track("c", Promise.resolve("c"), () => 60_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("a");
    expect(cache.size).toBe(2);
  });
});
