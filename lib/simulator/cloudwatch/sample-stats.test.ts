import { describe, expect, it } from "vitest";
import { BucketAccumulator } from "./accumulator";
import { extendedStatistic, PointList } from "./sample-stats";
import { parseStatistic } from "./statistics";

function stat(name: string, values: number[], weights?: number[]): number | undefined {
  const list = new PointList();
  values.forEach((v, i) => list.push(v, weights?.[i] ?? 1, true));
  const spec = parseStatistic(name);
  if (!spec) throw new Error(name);
  return extendedStatistic(spec, list);
}

// Six samples published in the same minute; the basic statistics were recorded from real AWS.
const WORKED = [0, 2, 4, 3.5, 7, 100];

describe("basic statistics of one bucket", () => {
  it("match the values AWS returned for the worked example", () => {
    const acc = new BucketAccumulator(0, 60, 1, false);
    for (const v of WORKED) acc.add(0, 1, v, v, v);
    expect(acc.basic(0, "Average")).toBe(19.416666666666668);
    expect(acc.basic(0, "Sum")).toBe(116.5);
    expect(acc.basic(0, "Minimum")).toBe(0);
    expect(acc.basic(0, "Maximum")).toBe(100);
    expect(acc.basic(0, "SampleCount")).toBe(6);
  });
});

describe("extended statistics", () => {
  it("interpolates percentiles between sample midpoints, with p0/p100 at the extremes", () => {
    expect(stat("p50", WORKED)).toBeCloseTo(3.75, 12);
    expect(stat("p10", WORKED)).toBeCloseTo(0.2, 12);
    expect(stat("p90", WORKED)).toBeCloseTo(90.7, 12);
    expect(stat("p0", WORKED)).toBe(0);
    expect(stat("p100", WORKED)).toBe(100);
  });

  it("treats a value with a count as that many identical samples", () => {
    // 1 ×10 and 2 ×10: everything below the 50th percentile is 1.
    expect(stat("p25", [1, 2], [10, 10])).toBe(1);
    expect(stat("p40", [1, 2], [10, 10])).toBe(1);
    expect(stat("p75", [1, 2], [10, 10])).toBe(2);
    expect(stat("p50", [1, 2], [10, 10])).toBeCloseTo(1.5, 12);
  });

  it("computes trimmed statistics over rank ranges", () => {
    // Ranks (1.5, 4.5]: half of 2, all of 3.5 and 4, half of 7.
    expect(stat("IQM", WORKED)).toBeCloseTo(12 / 3, 12);
    expect(stat("TS(25%:75%)", WORKED)).toBeCloseTo(12, 12);
    expect(stat("TC(25%:75%)", WORKED)).toBe(3);
    expect(stat("tm90", WORKED)).toBeCloseTo((0 + 2 + 3.5 + 4 + 7 + 0.4 * 100) / 5.4, 12);
    // Winsorized: 1.5 ranks set to 2 below, 1.5 ranks set to 7 above.
    expect(stat("WM(25%:75%)", WORKED)).toBeCloseTo((12 + 1.5 * 2 + 1.5 * 7) / 6, 12);
    expect(stat("tm100", WORKED)).toBeCloseTo(19.416666666666668, 12);
  });

  it("computes value-bounded statistics with an exclusive lower and inclusive upper bound", () => {
    expect(stat("TM(2:10)", WORKED)).toBeCloseTo((3.5 + 4 + 7) / 3, 12);
    expect(stat("TC(2:10)", WORKED)).toBe(3);
    expect(stat("TS(:4)", WORKED)).toBeCloseTo(0 + 2 + 3.5 + 4, 12);
    expect(stat("WM(1:10)", WORKED)).toBeCloseTo((1 + 2 + 3.5 + 4 + 7 + 10) / 6, 12);
    expect(stat("PR(:4)", WORKED)).toBeCloseTo((100 * 4) / 6, 12);
    expect(stat("PR(2:)", WORKED)).toBeCloseTo((100 * 4) / 6, 12);
    expect(stat("PR(100:200)", WORKED)).toBe(0);
  });

  it("has no trimmed mean when nothing is in range, but counts and sums are zero", () => {
    expect(stat("TM(500:600)", WORKED)).toBeUndefined();
    expect(stat("TC(500:600)", WORKED)).toBe(0);
    expect(stat("TS(500:600)", WORKED)).toBe(0);
  });

  it("refuses percentiles for buckets holding statistic sets with different min and max", () => {
    const acc = new BucketAccumulator(0, 60, 1, true);
    acc.add(0, 10, 55, 1, 10);
    acc.markOpaque(0);
    expect(acc.extended(0, { kind: "percentile", p: 50 })).toBeUndefined();
    expect(acc.basic(0, "Average")).toBe(5.5);
  });

  it("keeps samples per bucket when they arrive out of time order", () => {
    const acc = new BucketAccumulator(0, 60, 3, true);
    const add = (b: number, values: number[]) => {
      const sink = acc.pointsOf(b);
      for (const v of values) {
        acc.add(b, 1, v, v, v);
        sink.push(v, 1, true);
      }
    };
    add(0, [5, 1]);
    add(2, [7]);
    add(0, [3]);
    add(1, [9, 10]);
    const p50 = { kind: "percentile", p: 50 } as const;
    expect([0, 1, 2].map((e) => acc.extended(e, p50))).toEqual([3, 9.5, 7]);
    expect(acc.evaluate(p50)).toEqual({ timestamps: [0, 60, 120], values: [3, 9.5, 7] });
  });

  it("keeps interpolated percentiles monotonic over block summaries", () => {
    const list = new PointList();
    list.push(1, 1, true);
    list.push(100, 1, true);
    for (const [v, w] of [
      [10, 200],
      [20, 300],
      [30, 300],
      [50, 150],
      [80, 48],
    ] as const)
      list.push(v, w, false);
    let previous = -Infinity;
    for (let p = 0; p <= 100; p += 0.5) {
      const v = extendedStatistic({ kind: "percentile", p }, list) ?? NaN;
      expect(v).toBeGreaterThanOrEqual(previous);
      previous = v;
    }
    expect(extendedStatistic({ kind: "percentile", p: 100 }, list)).toBe(100);
    expect(extendedStatistic({ kind: "percentile", p: 0 }, list)).toBe(1);
  });
});
