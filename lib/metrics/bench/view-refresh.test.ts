import { describe, expect, it } from "vitest";
import { ColdRanges, RANGE_MS, RANGE_STEP_MS } from "./view-refresh";

describe("ColdRanges", () => {
  it("hands out past ranges that never share a 5-minute-aligned window", () => {
    const now = Date.UTC(2026, 10, 22, 1, 53, 17);
    const ranges = new ColdRanges(now, 0);
    const seen = new Set<string>();
    let previousEnd = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 50; i++) {
      const range = ranges.next();
      expect(range.end - range.start).toBe(RANGE_MS);
      expect(range.end).toBeLessThan(now);
      expect(range.end).toBeLessThan(previousEnd);
      expect(range.start % 300_000).toBe(0);
      seen.add(`${Math.floor(range.start / 300_000)}|${Math.floor(range.end / 300_000)}`);
      previousEnd = range.end;
    }
    expect(seen.size).toBe(50);
  });

  it("starts further back by whole steps when offset", () => {
    const now = Date.UTC(2026, 10, 22, 1, 53, 17);
    const a = new ColdRanges(now, 0).next();
    const b = new ColdRanges(now, 7).next();
    expect(a.end - b.end).toBe(7 * RANGE_STEP_MS);
  });
});
