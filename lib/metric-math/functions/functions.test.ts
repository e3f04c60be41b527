// Behaviour beyond the worked examples: operator/type combinations, IF forms, array handling, edge cases.
import { describe, expect, it } from "vitest";
import {
  GRID,
  GRID_TIMES,
  T0,
  expectPoints,
  onGrid,
  run,
  runScalar,
  runSeries,
  stat,
} from "../testing/fixture";

describe("operators over scalars, series and arrays", () => {
  it.each([
    ["TIME_SERIES(2 + 3 * 4)", [14, 14, 14, 14, 14]],
    ["TIME_SERIES(2 ^ 3 ^ 2 / 64)", [8, 8, 8, 8, 8]],
    ["TIME_SERIES(1 > 0 AND 0 OR 0)", [0, 0, 0, 0, 0]],
    ["TIME_SERIES(1 || 0)", [1, 1, 1, 1, 1]],
    ["m1 == 20", [0, 1, null, 0, 0]],
    ["m1 != m3", [1, 1, 1, 1, 1]],
    ["m2 <= 1", [1, null, 0, 1, 0]],
    ["m2 OR m1", [1, 1, 1, 1, 1]],
    ["100 / m2", [100, null, 100 / 3, null, 20]],
    ["2 - m1", [-8, -18, null, -38, -48]],
    ["-(m2 - m2)", [0, null, 0, 0, 0]],
    ["ABS(m1 - m4 * 3)", [4, 5, 27, 2, 10]],
    ["CEIL(m4 / 4)", [1, 2, 3, 4, 5]],
    ["FLOOR(m4 / 4)", [0, 1, 2, 3, 5]],
  ])("%s", async (expression, expected) => {
    expectPoints(await runSeries(expression), expected);
  });

  it("scalar arithmetic and functions of scalars", async () => {
    expect(await runScalar("ABS(-3) + FLOOR(2.7) + CEIL(0.2)")).toBe(6);
    expect(await runScalar("SUM(m1) / DATAPOINT_COUNT(m1)")).toBe(30);
  });

  it("a NaN scalar (aggregate of an empty series) drops every point with an ArithmeticError", async () => {
    const result = await run("m1 - MIN(m5)");
    expect(result.series[0]?.values).toEqual([]);
    expect(result.messages.map((m) => m.code)).toEqual(["ArithmeticError"]);
  });

  it("a fractional power of a negative number is dropped", async () => {
    const result = await run("(m2 - 2) ^ 0.5");
    expectPoints(onGrid(result.series[0]), [null, null, 1, null, Math.sqrt(3)]);
    expect(result.messages).toHaveLength(1);
  });

  it("TS[] ⊕ TS applies per member and keeps member labels", async () => {
    const result = await run("METRICS() - m3", { stats: [stat("m1"), stat("m2"), stat("m3")] });
    expect(result.series.map((s) => s.label)).toEqual(["m1", "m2", "m3"]);
    expect(result.series.map(onGrid)).toEqual([
      [5, 15, -5, 35, 45],
      [-4, -5, -2, -5, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it("array literals concatenate arrays and series", async () => {
    const stats = [stat("m1"), stat("m2"), stat("m3")];
    const result = await run('[METRICS("3"), m1, METRICS("2")]', { stats });
    expect(result.series.map((s) => s.label)).toEqual(["m3", "m1", "m2"]);
  });

  it("series with different periods combine on the union of timestamps", async () => {
    const coarse = {
      id: "h",
      series: { label: "h", timestamps: [T0, T0 + 120, T0 + 240], values: [1, 1, 1], period: 120 },
      returnData: true,
    };
    const result = await run("m3 + h", { stats: [stat("m3"), coarse] });
    expect(onGrid(result.series[0])).toEqual([6, 5, 6, 5, 6]);
    expect(result.series[0]?.period).toBe(60);
  });
});

describe("IF forms (section 3.4)", () => {
  it("scalar condition picks a whole branch", async () => {
    expectPoints(await runSeries("IF(SUM(m1) > 100, m1, m2)"), [10, 20, null, 40, 50]);
    expectPoints(await runSeries("IF(SUM(m1) > 1000, m1, m2)"), [1, null, 3, 0, 5]);
    expectPoints(await runSeries("IF(SUM(m1) > 1000, m1)"), [null, null, null, null, null]);
  });

  it("scalar condition with a scalar branch widens it to a dense series when the other is a series", async () => {
    expectPoints(await runSeries("IF(AVG(m1) > 10, 7, m2)"), [7, 7, 7, 7, 7]);
    expect(await runScalar("IF(AVG(m1) > 10, 7, 8)")).toBe(7);
  });

  it("a series condition with a scalar false branch", async () => {
    expectPoints(await runSeries("IF(m2 > 2, m1, -1)"), [-1, null, 0, -1, 50]);
  });

  it("an array condition applies per member", async () => {
    const result = await run("IF(METRICS() > 4, METRICS(), 0)", { stats: [stat("m2"), stat("m3")] });
    expect(result.series.map((s) => s.label)).toEqual(["m2", "m3"]);
    expect(result.series.map(onGrid)).toEqual([
      [0, null, 0, 0, 5],
      [5, 5, 5, 5, 5],
    ]);
  });

  it("a series condition with an array branch applies per member of the branch", async () => {
    const result = await run("IF(m2, METRICS())", { stats: [stat("m1"), stat("m2")] });
    expect(result.series.map(onGrid)).toEqual([
      [10, null, 0, null, 50],
      [1, null, 3, null, 5],
    ]);
  });
});

describe("array functions: edge cases", () => {
  const stats = [stat("m1"), stat("m2"), stat("m5")];

  it("SORT puts members without points last, whatever the order", async () => {
    for (const order of ["ASC", "DESC"]) {
      const result = await run(`SORT(METRICS(), MAX, ${order})`, { stats });
      expect(result.series.at(-1)?.label).toBe("m5");
    }
  });

  it("SLICE and SORT counts must be whole numbers", async () => {
    await expect(run("SLICE(METRICS(), 1.5)", { stats })).rejects.toThrow("whole number");
    await expect(run("SORT(METRICS(), SUM, ASC, 0.5)", { stats })).rejects.toThrow("whole number");
  });

  it("FIRST of an empty array is an empty series", async () => {
    const result = await run('FIRST(METRICS("zzz"))', { stats });
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.timestamps).toEqual([]);
  });

  it("aggregates of an empty array give an empty series", async () => {
    expect((await run('SUM(METRICS("zzz"))', { stats })).series[0]?.values).toEqual([]);
  });

  it("DATAPOINT_COUNT across members counts who reported", async () => {
    expectPoints(await runSeries("DATAPOINT_COUNT(METRICS())", { stats }), [2, 1, 1, 2, 2]);
  });

  it("METRIC_COUNT of a single series is 1", async () => {
    expect(await runScalar("METRIC_COUNT(m1)")).toBe(1);
  });
});

describe("grid-based functions", () => {
  it("TIME_SERIES uses the query's Period when set", async () => {
    const result = await run("TIME_SERIES(1)", { period: 120 });
    expect(result.series[0]?.timestamps).toEqual([T0, T0 + 120, T0 + 240]);
    expect(result.series[0]?.period).toBe(120);
  });

  it("calendar functions are dense over the grid even for an empty series", async () => {
    expect(onGrid((await run("EPOCH(m5)")).series[0])).toEqual(GRID_TIMES);
  });

  it("DAY counts Monday as 1 and Sunday as 7; dates roll over months and leap years", async () => {
    const sunday = Date.UTC(2024, 1, 25) / 1000; // 2024-02-25 was a Sunday
    const grid = { start: sunday, end: sunday + 5 * 86400, defaultPeriod: 86400 };
    const { evaluateExpressions } = await import("../evaluator/evaluate-request");
    const daily = {
      id: "d",
      series: { label: "d", timestamps: [], values: [], period: 86400 },
      returnData: true,
    };
    const results = await evaluateExpressions({
      stats: [daily],
      expressions: ["DAY(d)", "DATE(d)", "MONTH(d)"].map((expression, i) => ({
        id: `e${i}`,
        expression,
        returnData: true,
      })),
      grid,
    });
    expect(results.get("e0")?.series[0]?.values).toEqual([7, 1, 2, 3, 4]);
    expect(results.get("e1")?.series[0]?.values).toEqual([25, 26, 27, 28, 29]);
    expect(results.get("e2")?.series[0]?.values).toEqual([2, 2, 2, 2, 2]);
    expect(GRID.start).toBe(T0);
  });
});
