import { describe, expect, it } from "vitest";
import { memoizeCredentials } from "./credentials";

describe("memoizeCredentials", () => {
  it("reuses credentials until five minutes before they expire, then refreshes", async () => {
    let now = 0;
    let fetched = 0;
    const provider = memoizeCredentials(
      async () => {
        fetched++;
        return { accessKeyId: `ASIA${fetched}`, secretAccessKey: "s", expiration: new Date(now + 3600_000) };
      },
      () => now,
    );
    expect((await provider()).accessKeyId).toBe("ASIA1");
    now += 54 * 60_000;
    expect((await provider()).accessKeyId).toBe("ASIA1");
    now += 2 * 60_000;
    expect((await provider()).accessKeyId).toBe("ASIA2");
    expect(fetched).toBe(2);
  });

  it("lets concurrent callers share one fetch and retries after a failure", async () => {
    let calls = 0;
    const provider = memoizeCredentials(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      if (calls === 1) throw new Error("sts down");
      return { accessKeyId: "AKIA", secretAccessKey: "s" };
    });
    const first = await Promise.allSettled([provider(), provider(), provider()]);
    expect(first.every((r) => r.status === "rejected")).toBe(true);
    expect(calls).toBe(1);
    expect((await provider()).accessKeyId).toBe("AKIA");
    expect(await provider()).toEqual({ accessKeyId: "AKIA", secretAccessKey: "s" });
    expect(calls).toBe(2);
  });
});
