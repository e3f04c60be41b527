import { describe, expect, it } from "vitest";
import { measureAddedLatency, percentile } from "./added-latency";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("measureAddedLatency", () => {
  it("warms the simulator per range, alternates the order and subtracts", async () => {
    const calls: string[] = [];
    let range = 0;
    const samples = await measureAddedLatency({
      iterations: 3,
      nextRange: () => ++range,
      server: async (r) => {
        calls.push(`server ${r}`);
        return 100 + r;
      },
      direct: async (r) => {
        calls.push(`direct ${r}`);
        return 40;
      },
    });
    expect(calls).toEqual([
      "direct 1",
      "direct 1",
      "server 1",
      "direct 2",
      "server 2",
      "direct 2",
      "direct 3",
      "direct 3",
      "server 3",
    ]);
    expect(samples.map((s) => s.addedMs)).toEqual([61, 62, 63]);
    expect(samples[0]).toEqual({ serverMs: 101, simulatorMs: 40, addedMs: 61 });
  });
});
