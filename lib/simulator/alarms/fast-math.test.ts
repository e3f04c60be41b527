// The compiled arithmetic must give exactly what the Metric Math engine gives, gaps and divisions by zero
// included, for every window.
import { describe, expect, it } from "vitest";
import { evaluateExpressions } from "@/lib/metric-math";
import { compileFastMath } from "./fast-math";
import type { AlarmQuery } from "./model";

const STEP = 60;
const POSITIONS = 40;

/** Deterministic pseudo-random series with gaps and zeros. */
function series(seed: number): number[] {
  let x = seed;
  return Array.from({ length: POSITIONS }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    const r = x / 2147483648;
    return r < 0.2 ? NaN : r < 0.3 ? 0 : Math.round(r * 200) / 10;
  });
}

const stat = (id: string): AlarmQuery => ({
  id,
  returnData: false,
  metricStat: { metric: { namespace: "N", metricName: id, dimensions: [] }, period: STEP, stat: "Sum" },
});

async function engineValues(
  expression: string,
  data: Record<string, number[]>,
): Promise<Map<number, number>> {
  const stats = Object.entries(data).map(([id, values]) => {
    const timestamps: number[] = [];
    const vs: number[] = [];
    values.forEach((v, p) => {
      if (!Number.isNaN(v)) {
        timestamps.push(p * STEP);
        vs.push(v);
      }
    });
    return { id, series: { label: id, timestamps, values: vs, period: STEP }, returnData: false };
  });
  const results = await evaluateExpressions({
    stats,
    expressions: [
      { id: "helper", expression: "b - 1", returnData: false },
      { id: "e", expression, returnData: true },
    ],
    grid: { start: 0, end: POSITIONS * STEP, defaultPeriod: STEP },
  });
  const out = results.get("e")?.series[0];
  return new Map(out ? out.timestamps.map((t, i) => [t / STEP, out.values[i] ?? NaN]) : []);
}

describe("compileFastMath", () => {
  const data = { a: series(1), b: series(2), c: series(3) };
  const expressions = [
    "100 * a / b",
    "a + b - c",
    "-a * 2 + 1",
    "(a > b) OR (c <= 3)",
    "a / (b - b)",
    "a ^ 0.5 + helper",
    "2 * 3 + a",
    "a == c AND b != 0",
  ];
  it.each(expressions)("matches the engine for %s", async (expression) => {
    const queries: AlarmQuery[] = [
      stat("a"),
      stat("b"),
      stat("c"),
      { id: "helper", expression: "b - 1", returnData: false },
      { id: "e", expression, returnData: true },
    ];
    const fast = compileFastMath(queries, "e", (id, p) => data[id as keyof typeof data]?.[p] ?? NaN);
    expect(fast).toBeDefined();
    const expected = await engineValues(expression, data);
    for (let p = 0; p < POSITIONS; p++) {
      const v = fast?.(p) ?? NaN;
      const e = expected.get(p);
      if (e === undefined) expect([p, v]).toEqual([p, NaN]);
      else expect([p, v]).toEqual([p, e]);
    }
  });

  it("declines expressions that need the full engine or do not give a series", () => {
    const base = [stat("a"), stat("b")];
    for (const expression of ["FILL(a, 0)", "AVG(a)", "[a, b]", "RATE(a)", "2 * 3", "SEARCH('x', 'Sum')"]) {
      const queries = [...base, { id: "e", expression, returnData: true }];
      expect([expression, compileFastMath(queries, "e", () => 1)]).toEqual([expression, undefined]);
    }
  });
});
