// Test fixture of AWS-SEMANTICS.md section 3.5: period 60 s, grid t0..t4 = 2024-01-01T00:00Z ... 00:04Z.
import { expect } from "vitest";
import { evaluateExpressions, type EvaluateExpressionsInput } from "../evaluator/evaluate-request";
import type { MathSemantics } from "../semantics";
import type {
  EvaluationHooks,
  ExpressionResult,
  FetchedStatQuery,
  MetricIdentity,
  TimeSeries,
} from "../types";

export const T0 = 1704067200;
export const PERIOD = 60;
export const GRID = { start: T0, end: T0 + 5 * PERIOD, defaultPeriod: PERIOD };
export const GRID_TIMES = [0, 1, 2, 3, 4].map((k) => T0 + k * PERIOD);

export type Points = ReadonlyArray<number | null>;

export const FIXTURE: Readonly<Record<string, Points>> = {
  m1: [10, 20, null, 40, 50],
  m2: [1, null, 3, 0, 5],
  m3: [5, 5, 5, 5, 5],
  m4: [2, 5, 9, 14, 20],
  m5: [null, null, null, null, null],
  // Documented comparison and IF tables (section 3.5 items 6 and 9).
  a6: [30, 20, 0, 0, null],
  b6: [20, null, 20, null, null],
  c9: [1, 1, 0, 0, null],
  a9: [30, null, 0, 0, 30],
  b9: [0, 0, 20, null, 20],
};

export function seriesFromPoints(label: string, points: Points, extra: Partial<TimeSeries> = {}): TimeSeries {
  const timestamps: number[] = [];
  const values: number[] = [];
  points.forEach((v, k) => {
    if (v !== null) {
      timestamps.push(T0 + k * PERIOD);
      values.push(v);
    }
  });
  return { label, timestamps, values, period: PERIOD, ...extra };
}

export function metric(
  metricName: string,
  dims: Record<string, string> = {},
  namespace = "AWS/EC2",
): MetricIdentity {
  return {
    namespace,
    metricName,
    dimensions: Object.entries(dims).map(([name, value]) => ({ name, value })),
  };
}

export function stat(
  id: string,
  points: Points = FIXTURE[id] ?? [],
  extra: Partial<TimeSeries> = {},
): FetchedStatQuery {
  return { id, series: seriesFromPoints(id, points, extra), returnData: true };
}

/** Series values laid out on the 5-bucket grid, null where no point. */
export function onGrid(series: TimeSeries | undefined): Array<number | null> {
  expect(series).toBeDefined();
  return GRID_TIMES.map((t) => {
    const i = series?.timestamps.indexOf(t) ?? -1;
    return i >= 0 ? (series?.values[i] ?? null) : null;
  });
}

export function expectPoints(actual: ReadonlyArray<number | null>, expected: Points): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    if (e === null) expect(a, `bucket ${i}`).toBeNull();
    else {
      expect(a, `bucket ${i}`).not.toBeNull();
      expect(a ?? NaN, `bucket ${i}`).toBeCloseTo(e, 6);
    }
  });
}

export interface RunOptions {
  stats?: FetchedStatQuery[];
  /** Other expressions of the request, evaluated before/with the one under test. */
  others?: EvaluateExpressionsInput["expressions"];
  semantics?: Partial<MathSemantics>;
  hooks?: EvaluationHooks;
  label?: string;
  period?: number;
  returnData?: boolean;
}

export const FIXTURE_STATS = (): FetchedStatQuery[] => Object.keys(FIXTURE).map((id) => stat(id));

export async function run(expression: string, options: RunOptions = {}): Promise<ExpressionResult> {
  const query = {
    id: "e1",
    expression,
    returnData: options.returnData ?? true,
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
  };
  const results = await evaluateExpressions({
    stats: options.stats ?? FIXTURE_STATS(),
    expressions: [query, ...(options.others ?? [])],
    grid: GRID,
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.semantics ? { semantics: options.semantics } : {}),
  });
  const result = results.get("e1");
  if (!result) throw new Error("no result for e1");
  return result;
}

/** Evaluates a scalar-valued expression (as a ReturnData:false helper) and returns the number. */
export async function runScalar(expression: string, options: RunOptions = {}): Promise<number> {
  const result = await run(expression, { ...options, returnData: false });
  expect(result.valueType).toBe("S");
  return result.scalar ?? NaN;
}

export async function runSeries(expression: string, options: RunOptions = {}): Promise<Array<number | null>> {
  const result = await run(expression, options);
  expect(result.valueType).toBe("TS");
  expect(result.series).toHaveLength(1);
  return onGrid(result.series[0]);
}
