// Guards against accidentally quadratic evaluation: the simulator benchmark evaluates 50 math queries over
// 1,440-point series. Takes a few milliseconds when warm; the bound is loose for shared CI machines.
import { describe, expect, it } from "vitest";
import { evaluateExpressions } from "./evaluator/evaluate-request";
import type { FetchedStatQuery } from "./types";

const POINTS = 1440;
const PERIOD = 60;
const START = 1_700_000_000;

function stats(count: number): FetchedStatQuery[] {
  return Array.from({ length: count }, (_, s) => {
    const timestamps: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < POINTS; k++) {
      if ((k + s) % 17 === 0) continue;
      timestamps.push(START + k * PERIOD);
      values.push(Math.sin(k / 30 + s) * 100 + 200);
    }
    return { id: `m${s}`, series: { label: `m${s}`, timestamps, values, period: PERIOD }, returnData: false };
  });
}

const FORMS = [
  "m0 + m1 * 2",
  "FILL(m2, LINEAR) / m3",
  "IF(m4 > 200, m4, m5)",
  "SUM(METRICS())",
  "RATE(m6)",
  "AVG([m1, m2, m3]) - AVG(m7)",
  "SORT(METRICS(), AVG, DESC, 3)",
  "RUNNING_SUM(m8)",
  "LOG10(ABS(m9) + 1)",
  "HOUR(m0) * m1",
];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

describe("evaluation speed", () => {
  it("50 expressions over 1,440-point series stay well under 250 ms", async () => {
    const input = {
      stats: stats(10),
      expressions: Array.from({ length: 50 }, (_, i) => ({
        id: `e${i}`,
        expression: FORMS[i % FORMS.length] ?? "m0",
        returnData: true,
      })),
      grid: { start: START, end: START + POINTS * PERIOD, defaultPeriod: PERIOD },
    };
    const results = await evaluateExpressions(input);
    expect(results.get("e0")?.series[0]?.values.length).toBeGreaterThan(1400);
    const runs = [
      await timed(() => evaluateExpressions(input)),
      await timed(() => evaluateExpressions(input)),
    ];
    expect(Math.min(...runs)).toBeLessThan(250);
  });

  it("aggregating 500 series stays linear", async () => {
    const input = {
      stats: stats(500),
      expressions: [{ id: "e1", expression: "SUM(METRICS()) / METRIC_COUNT(METRICS())", returnData: true }],
      grid: { start: START, end: START + POINTS * PERIOD, defaultPeriod: PERIOD },
    };
    await evaluateExpressions(input);
    expect(await timed(() => evaluateExpressions(input))).toBeLessThan(500);
  });
});
