import { describe, expect, it } from "vitest";
import { downsample } from "./downsample";

describe("downsample", () => {
  const timestamps = Array.from({ length: 1440 }, (_, i) => i * 60);
  const values = timestamps.map((_, i) => (i === 700 ? 500 : Math.sin(i / 50) * 10));

  it("reduces to the threshold and keeps the ends and the spike", () => {
    const out = downsample(timestamps, values, 300);
    expect(out.timestamps).toHaveLength(300);
    expect(out.timestamps[0]).toBe(0);
    expect(out.timestamps.at(-1)).toBe(1439 * 60);
    expect(Math.max(...out.values)).toBe(500);
    expect([...out.timestamps].sort((a, b) => a - b)).toEqual(out.timestamps);
  });

  it("leaves short series untouched", () => {
    expect(downsample([1, 2, 3], [4, 5, 6], 300)).toEqual({ timestamps: [1, 2, 3], values: [4, 5, 6] });
  });
});
