import { describe, expect, it } from "vitest";
import { buildChartRows, hasIsolatedPoints, hoverSnapshot, lastIndexAtOrBefore, linePoints } from "./rows";

describe("buildChartRows", () => {
  it("merges timestamps of all series into ascending rows in ms", () => {
    const rows = buildChartRows([
      { key: "s0", timestamps: [60, 120, 180], values: [1, 2, 3] },
      { key: "s1", timestamps: [0, 120, 240], values: [10, 20, 40] },
    ]);
    expect(rows).toEqual([
      { t: 0, s1: 10 },
      { t: 60_000, s0: 1 },
      { t: 120_000, s0: 2, s1: 20 },
      { t: 180_000, s0: 3 },
      { t: 240_000, s1: 40 },
    ]);
  });

  it("leaves missing and non-finite values out of the row", () => {
    const rows = buildChartRows([{ key: "s0", timestamps: [0, 60], values: [Number.NaN, 5] }]);
    expect(rows[0]).toEqual({ t: 0 });
    expect("s0" in (rows[0] ?? {})).toBe(false);
  });

  it("handles 10 series × 1,440 points quickly", () => {
    const timestamps = Array.from({ length: 1440 }, (_, i) => i * 60);
    const series = Array.from({ length: 10 }, (_, k) => ({
      key: `s${k}`,
      timestamps,
      values: timestamps.map((t) => t * k),
    }));
    const started = performance.now();
    const rows = buildChartRows(series);
    expect(performance.now() - started).toBeLessThan(200);
    expect(rows).toHaveLength(1440);
    expect(rows[1439]?.s9).toBe(1439 * 60 * 9);
  });
});

describe("linePoints", () => {
  it("inserts a break one period after the last point before a gap", () => {
    expect(linePoints([0, 60, 240, 300], [1, 2, 3, 4], 60)).toEqual([
      { t: 0, v: 1 },
      { t: 60_000, v: 2 },
      { t: 120_000, v: null },
      { t: 240_000, v: 3 },
      { t: 300_000, v: 4 },
    ]);
  });

  it("treats non-finite values as missing", () => {
    expect(linePoints([0, 60, 120], [1, Number.NaN, 3], 60).map((p) => p.v)).toEqual([1, null, 3]);
  });

  it("does not break regular series", () => {
    expect(linePoints([0, 300, 600], [1, 2, 3], 300).every((p) => p.v !== null)).toBe(true);
  });
});

describe("hasIsolatedPoints", () => {
  it("finds points without neighbours", () => {
    expect(hasIsolatedPoints([0, 60, 120], [1, 2, 3], 60)).toBe(false);
    expect(hasIsolatedPoints([0, 60, 300], [1, 2, 3], 60)).toBe(true);
    expect(hasIsolatedPoints([0, 240, 300], [1, 2, 3], 60)).toBe(true);
    expect(hasIsolatedPoints([0], [1], 60)).toBe(true);
    expect(hasIsolatedPoints([], [], 60)).toBe(false);
  });
});

describe("lastIndexAtOrBefore", () => {
  it("binary-searches", () => {
    expect(lastIndexAtOrBefore([10, 20, 30], 5)).toBe(-1);
    expect(lastIndexAtOrBefore([10, 20, 30], 20)).toBe(1);
    expect(lastIndexAtOrBefore([10, 20, 30], 29)).toBe(1);
    expect(lastIndexAtOrBefore([10, 20, 30], 99)).toBe(2);
  });
});

describe("hoverSnapshot", () => {
  const fine = { timestamps: [0, 60, 120, 180, 240, 300], values: [1, 2, 3, 4, 5, 6], period: 60 };
  const coarse = { timestamps: [0, 300], values: [100, 200], period: 300 };

  it("snaps to the nearest point and reads every series at that time", () => {
    expect(hoverSnapshot([fine, coarse], 125_000)).toEqual({ t: 120_000, values: [3, 100] });
  });

  it("shows null for a series with no period covering the time", () => {
    const sparse = { timestamps: [0], values: [7], period: 60 };
    expect(hoverSnapshot([fine, sparse], 180_000)).toEqual({ t: 180_000, values: [4, null] });
  });

  it("returns null when nothing is within a period", () => {
    expect(hoverSnapshot([{ timestamps: [0], values: [1], period: 60 }], 3_600_000)).toBeNull();
  });
});
