// Both branches of every section-12 choice (items 1-7) that has an observable effect.
import { describe, expect, it } from "vitest";
import {
  ARRAY_MIN_MAX_MISSING,
  DEFAULT_SEMANTICS,
  DIFF_ACROSS_GAPS,
  DIFF_FIRST_POINT,
  EXPRESSION_DEFAULT_LABEL,
  FILL_EMPTY_SERIES,
  FILL_LINEAR_EDGE_GAPS,
  FILL_REPEAT_LEADING_GAP,
  RUNNING_SUM_AT_MISSING,
  SINGLE_SERIES_AGGREGATION,
  STDDEV_KIND,
  VALIDATION_MESSAGES,
  type MathSemantics,
} from "./semantics";
import { expectPoints, onGrid, run, runScalar, runSeries, stat } from "./testing/fixture";

const EDGY = [null, 10, null, 30, null] as const;

describe("the default choices are the documented/likely ones", () => {
  it("matches the constants", () => {
    expect(DEFAULT_SEMANTICS).toMatchObject({
      singleSeriesAggregation: SINGLE_SERIES_AGGREGATION,
      stddevKind: STDDEV_KIND,
      fillRepeatLeadingGap: FILL_REPEAT_LEADING_GAP,
      fillLinearEdgeGaps: FILL_LINEAR_EDGE_GAPS,
      fillEmptySeries: FILL_EMPTY_SERIES,
      diffFirstPoint: DIFF_FIRST_POINT,
      diffAcrossGaps: DIFF_ACROSS_GAPS,
      runningSumAtMissing: RUNNING_SUM_AT_MISSING,
      arrayMinMaxMissing: ARRAY_MIN_MAX_MISSING,
      expressionDefaultLabel: EXPRESSION_DEFAULT_LABEL,
    });
    expect(SINGLE_SERIES_AGGREGATION).toBe("existing-points");
    expect(STDDEV_KIND).toBe("population");
  });
});

describe("12.1 single-series aggregation and STDDEV kind", () => {
  const zeros: Partial<MathSemantics> = { singleSeriesAggregation: "missing-as-zero" };
  it.each([
    ["AVG(m1)", 30, 24],
    ["MIN(m1)", 10, 0],
    ["MAX(m1)", 50, 50],
    ["SUM(m1)", 120, 120],
    ["DATAPOINT_COUNT(m1)", 4, 4],
    ["STDDEV(m1)", Math.sqrt(250), Math.sqrt(344)],
  ])("%s: existing points %d, missing as zero %d", async (expression, existing, missingAsZero) => {
    expect(await runScalar(expression)).toBeCloseTo(existing, 6);
    expect(await runScalar(expression, { semantics: zeros })).toBeCloseTo(missingAsZero, 6);
  });

  it("STDDEV(m1) population ≈ 15.8114, sample ≈ 18.2574", async () => {
    expect(await runScalar("STDDEV(m1)")).toBeCloseTo(15.8114, 4);
    expect(await runScalar("STDDEV(m1)", { semantics: { stddevKind: "sample" } })).toBeCloseTo(18.2574, 4);
  });

  it("STDDEV across an array follows the same kind", async () => {
    // t0 members 10 and 1: population 4.5, sample 6.364
    expect((await runSeries("STDDEV([m1, m2])"))[0]).toBeCloseTo(4.5, 6);
    expect((await runSeries("STDDEV([m1, m2])", { semantics: { stddevKind: "sample" } }))[0]).toBeCloseTo(
      6.3639610307,
      6,
    );
  });
});

describe("12.2 FILL edges and empty series", () => {
  const stats = [stat("x", EDGY), stat("m5")];
  it("REPEAT leaves leading gaps empty, or back-fills them", async () => {
    expectPoints(await runSeries("FILL(x, REPEAT)", { stats }), [null, 10, 10, 30, 30]);
    expectPoints(
      await runSeries("FILL(x, REPEAT)", {
        stats,
        semantics: { fillRepeatLeadingGap: "backfill-first-value" },
      }),
      [10, 10, 10, 30, 30],
    );
  });

  it("LINEAR leaves one-sided gaps empty, or extends the nearest value", async () => {
    expectPoints(await runSeries("FILL(x, LINEAR)", { stats }), [null, 10, 20, 30, null]);
    expectPoints(
      await runSeries("FILL(x, LINEAR)", {
        stats,
        semantics: { fillLinearEdgeGaps: "extend-nearest-value" },
      }),
      [10, 10, 20, 30, 30],
    );
  });

  it("an empty series becomes dense, or stays empty", async () => {
    expectPoints(await runSeries("FILL(m5, 7)", { stats }), [7, 7, 7, 7, 7]);
    expectPoints(await runSeries("FILL(m5, 7)", { stats, semantics: { fillEmptySeries: "stay-empty" } }), [
      null,
      null,
      null,
      null,
      null,
    ]);
    expectPoints(await runSeries("FILL(m5, REPEAT)", { stats }), [null, null, null, null, null]);
  });
});

describe("12.3 DIFF at the first point and across gaps", () => {
  it("first point dropped, or 0", async () => {
    expectPoints(await runSeries("DIFF(m4)"), [null, 3, 4, 5, 6]);
    expectPoints(await runSeries("DIFF(m4)", { semantics: { diffFirstPoint: "zero" } }), [0, 3, 4, 5, 6]);
    expectPoints(await runSeries("RATE(m4)", { semantics: { diffFirstPoint: "zero" } }), [
      0,
      0.05,
      4 / 60,
      5 / 60,
      0.1,
    ]);
  });

  it("across a gap: previous reported point, or nothing right after the gap", async () => {
    expectPoints(await runSeries("DIFF(m1)"), [null, 10, null, 20, 10]);
    expectPoints(await runSeries("DIFF(m1)", { semantics: { diffAcrossGaps: "drop-after-gap" } }), [
      null,
      10,
      null,
      null,
      10,
    ]);
  });
});

describe("12.4 RUNNING_SUM at missing buckets", () => {
  it("no point, or the running total carried", async () => {
    expectPoints(await runSeries("RUNNING_SUM(m1)"), [10, 30, null, 70, 120]);
    expectPoints(
      await runSeries("RUNNING_SUM(m1)", { semantics: { runningSumAtMissing: "carry-total" } }),
      [10, 30, 30, 70, 120],
    );
  });
});

describe("12.5 MIN/MAX of arrays with missing members", () => {
  it("ignored, or counted as 0", async () => {
    expectPoints(await runSeries("MIN([m1, m2])"), [1, 20, 3, 0, 5]);
    expectPoints(
      await runSeries("MIN([m1, m2])", { semantics: { arrayMinMaxMissing: "zero" } }),
      [1, 0, 0, 0, 5],
    );
    expectPoints(
      await runSeries("MAX([-m1, -m2])", { semantics: { arrayMinMaxMissing: "zero" } }),
      [-1, 0, 0, 0, -5],
    );
  });
});

describe("12.6 labels", () => {
  it("default label: Id, or the expression text", async () => {
    expect((await run("m1 * 2")).series[0]?.label).toBe("e1");
    expect(
      (await run(" m1 * 2 ", { semantics: { expressionDefaultLabel: "expression-text" } })).series[0]?.label,
    ).toBe("m1 * 2");
  });

  it("array members: joined with the expression label, or member only", async () => {
    const stats = [stat("m1"), stat("m2")];
    expect((await run("METRICS()", { stats, label: "X" })).series.map((s) => s.label)).toEqual([
      "X m1",
      "X m2",
    ]);
    expect(
      (
        await run("METRICS()", { stats, label: "X", semantics: { arrayMemberLabel: "member-only" } })
      ).series.map((s) => s.label),
    ).toEqual(["m1", "m2"]);
  });
});

describe("12.7 validation texts live in one place", () => {
  it("formats the messages", () => {
    expect(VALIDATION_MESSAGES.inExpression("e1", "boom")).toBe("Error in expression e1: boom");
    expect(VALIDATION_MESSAGES.cycle(["a", "b", "a"])).toBe(
      "Circular dependency between expressions: a -> b -> a",
    );
  });
});

describe("other [I] switches", () => {
  it("division by zero reports ArithmeticError, or stays silent", async () => {
    expect((await run("m1 / m2")).messages.map((m) => m.code)).toEqual(["ArithmeticError"]);
    expect(
      (await run("m1 / m2", { semantics: { divisionByZeroReportsArithmeticError: false } })).messages,
    ).toEqual([]);
    // Non-finite results other than x/0 are still reported.
    expect(
      (await run("LOG(m2)", { semantics: { divisionByZeroReportsArithmeticError: false } })).messages,
    ).toHaveLength(1);
  });

  it("TS[] op TS[] pairs members, or is rejected", async () => {
    const stats = [stat("m1"), stat("m2"), stat("m3")];
    const paired = await run("[m1, m2] + [m3, m3]", { stats });
    expect(paired.series).toHaveLength(2);
    expectPoints(onGrid(paired.series[1]), [6, 5, 8, 5, 10]);
    await expect(
      run("[m1, m2] + [m3, m3]", { stats, semantics: { arrayArrayOperations: "reject" } }),
    ).rejects.toThrow("cannot combine two arrays");
  });

  it("empty SEARCH statistic: rejected, or defaulted to Average", async () => {
    const stats: never[] = [];
    const seen: string[] = [];
    const hooks = {
      search: async (request: { stat: string }) => {
        seen.push(request.stat);
        return [];
      },
    };
    await expect(run("SEARCH('CPU', '', 300)", { stats, hooks })).rejects.toThrow("SEARCH needs a statistic");
    await run("SEARCH('CPU', '', 300)", {
      stats,
      hooks,
      semantics: { searchEmptyStatistic: "default-average" },
    });
    expect(seen).toEqual(["Average"]);
  });
});
