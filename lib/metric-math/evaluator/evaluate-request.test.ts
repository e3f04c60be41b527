import { describe, expect, it } from "vitest";
import { MetricMathValidationError } from "../errors";
import { ANOMALY_BAND_LABELS } from "../semantics";
import { GRID, expectPoints, metric, onGrid, run, seriesFromPoints, stat } from "../testing/fixture";
import type { ExpressionQuery, TimeSeries } from "../types";
import { evaluateExpressions } from "./evaluate-request";

const expr = (id: string, expression: string, extra: Partial<ExpressionQuery> = {}): ExpressionQuery => ({
  id,
  expression,
  returnData: true,
  ...extra,
});

async function validationMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MetricMathValidationError);
    return error instanceof Error ? error.message : "";
  }
  throw new Error("expected a validation error");
}

describe("evaluateExpressions: request-level validation", () => {
  const stats = [stat("m1"), stat("m2")];

  it.each([
    [
      "duplicate id between a metric and an expression",
      [expr("m1", "m2 * 2")],
      "The Id m1 is used by more than one query",
    ],
    [
      "duplicate expression ids",
      [expr("e1", "m1"), expr("e1", "m2")],
      "The Id e1 is used by more than one query",
    ],
    [
      "unknown id",
      [expr("e1", "m1 + m7")],
      "Error in expression e1: Unrecognized metric or expression id: m7",
    ],
    ["self reference", [expr("e1", "e1 + 1")], "Circular dependency between expressions: e1 -> e1"],
    [
      "cycle over three expressions",
      [expr("e1", "e2 + 1"), expr("e2", "e3 * 2"), expr("e3", "e1 - m1")],
      "Circular dependency between expressions: e1 -> e2 -> e3 -> e1",
    ],
    [
      "scalar final result",
      [expr("e1", "SUM(m1)")],
      "Error in expression e1: The expression returns a single number",
    ],
    ["syntax error", [expr("e1", "m1 +")], "Error in expression e1: Syntax error at position 4"],
    ["unknown function", [expr("e1", "SQRT(m1)")], "Error in expression e1: Unknown function SQRT"],
    [
      "two Metrics Insights queries",
      [expr("q1", "SELECT AVG(a) FROM ns"), expr("q2", "SELECT AVG(b) FROM ns")],
      "Only one Metrics Insights query",
    ],
    [
      "missing SEARCH hook",
      [expr("e1", "SEARCH('CPU', 'Average')")],
      "Error in expression e1: SEARCH is not available",
    ],
    ["missing LAMBDA hook", [expr("e1", 'LAMBDA("fn")')], "LAMBDA is not available"],
    [
      "missing Metrics Insights hook",
      [expr("q1", "SELECT AVG(a) FROM ns")],
      "Metrics Insights (SELECT) is not available",
    ],
    ["missing SERVICE_QUOTA hook", [expr("e1", "SERVICE_QUOTA(m1)")], "SERVICE_QUOTA is not available"],
    [
      "missing DB_PERF_INSIGHTS hook",
      [expr("e1", "DB_PERF_INSIGHTS('RDS', 'db-1', 'x')")],
      "DB_PERF_INSIGHTS is not available",
    ],
    [
      "missing INSIGHT_RULE_METRIC hook",
      [expr("e1", "INSIGHT_RULE_METRIC('r', 'Sum')", { period: 60 })],
      "INSIGHT_RULE_METRIC is not available",
    ],
    [
      "PERIOD of an expression",
      [expr("e2", "m1 * 2"), expr("e1", "TIME_SERIES(PERIOD(e2))")],
      "PERIOD accepts only metrics",
    ],
    ["arrays of different sizes", [expr("e1", "[m1, m2] + [m1]")], "arrays of the same size"],
    ["computed SEARCH period", [expr("e1", "SEARCH('CPU', 'Average', 90 / 7)")], "positive whole number"],
  ])("%s", async (_name, expressions, fragment) => {
    const message = await validationMessage(evaluateExpressions({ stats, expressions, grid: GRID }));
    expect(message).toContain(fragment);
  });

  it("allows a scalar helper expression with ReturnData false and exposes its value", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("avg", "AVG(m1)", { returnData: false }), expr("e1", "m1 - avg")],
      grid: GRID,
    });
    expect(results.get("avg")).toMatchObject({ valueType: "S", scalar: 30, series: [] });
    expectPoints(onGrid(results.get("e1")?.series[0]), [-20, -10, null, 10, 20]);
  });

  it("evaluates in dependency order but returns results in request order", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("e1", "e2 + e3"), expr("e2", "e3 * 2"), expr("e3", "m1")],
      grid: GRID,
    });
    expect([...results.keys()]).toEqual(["e1", "e2", "e3"]);
    expectPoints(onGrid(results.get("e1")?.series[0]), [30, 60, null, 120, 150]);
  });

  it("keeps the ArithmeticError on the expression where points were dropped", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("e1", "LOG(m2)", { returnData: false }), expr("e2", "e1 * 2")],
      grid: GRID,
    });
    expect(results.get("e1")?.messages.map((m) => m.code)).toEqual(["ArithmeticError"]);
    expect(results.get("e2")?.messages).toEqual([]);
  });
});

describe("evaluateExpressions: labels (section 3.6)", () => {
  const stats = [stat("m1"), stat("m2"), stat("m3")];

  it("labels a series result with its Label, else its Id", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("e1", "m1 * 2", { label: "Double" }), expr("e2", "m1 * 3")],
      grid: GRID,
    });
    expect(results.get("e1")?.series[0]?.label).toBe("Double");
    expect(results.get("e2")?.series[0]?.label).toBe("e2");
  });

  it("labels array members '<expression label> <member label>' or just the member label", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("e1", "FILL(METRICS(), 0)", { label: "Filled With 0:" }), expr("e2", "METRICS()")],
      grid: GRID,
    });
    expect(results.get("e1")?.series.map((s) => s.label)).toEqual([
      "Filled With 0: m1",
      "Filled With 0: m2",
      "Filled With 0: m3",
    ]);
    expect(results.get("e2")?.series.map((s) => s.label)).toEqual(["m1", "m2", "m3"]);
  });

  it("resolves dynamic labels per member, ${LABEL} being the member's default label", async () => {
    const withMetric = [
      stat("m1", [1, 2, null, 3, 4], {
        label: "cpu a",
        metric: metric("CPUUtilization", { LoadBalancer: "lb1" }),
      }),
      stat("m2", [5, 5, 5, 5, 5], {
        label: "cpu b",
        metric: metric("CPUUtilization", { LoadBalancer: "lb2" }),
      }),
    ];
    const results = await evaluateExpressions({
      stats: withMetric,
      expressions: [expr("e1", "METRICS()", { label: "${LABEL}|&|${PROP('Dim.LoadBalancer')}" })],
      grid: GRID,
    });
    expect(results.get("e1")?.series.map((s) => s.label)).toEqual(["cpu a|&|lb1", "cpu b|&|lb2"]);
  });

  it("a later expression sees a TS result under its final label", async () => {
    const results = await evaluateExpressions({
      stats,
      expressions: [expr("e1", "m1 * 2", { label: "Double", returnData: false }), expr("e2", "[e1, m2]")],
      grid: GRID,
    });
    expect(results.get("e2")?.series.map((s) => s.label)).toEqual(["Double", "m2"]);
  });
});

describe("evaluateExpressions: hooks", () => {
  it("SEARCH passes query, statistic and period (explicit, else the query's Period)", async () => {
    const requests: unknown[] = [];
    const hooks = {
      search: async (request: unknown) => {
        requests.push(request);
        return [seriesFromPoints("i-1", [1, 2, 3, 4, 5])];
      },
    };
    await evaluateExpressions({
      stats: [],
      expressions: [
        expr("e1", "SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)"),
        expr("e2", "SEARCH('CPU', 'Maximum')", { period: 120 }),
        expr("e3", "SEARCH('CPU', 'p99')"),
      ],
      grid: GRID,
      hooks,
    });
    expect(requests).toEqual([
      { query: "{AWS/EC2,InstanceId} CPUUtilization", stat: "Average", period: 300 },
      { query: "CPU", stat: "Maximum", period: 120 },
      { query: "CPU", stat: "p99" },
    ]);
  });

  it("LAMBDA gets the function name and literal arguments (strings, numbers, booleans)", async () => {
    const calls: unknown[] = [];
    const result = await run('FILL(LAMBDA("AmazonOpenSearchDataSource", "MyDomain", 2 * 3, true), 0)', {
      hooks: {
        lambda: async (name, args) => {
          calls.push([name, args]);
          return [seriesFromPoints("hits", [1, null, 1, null, 1])];
        },
      },
    });
    expect(calls).toEqual([["AmazonOpenSearchDataSource", ["MyDomain", 6, true]]]);
    expect(result.series.map(onGrid)).toEqual([[1, 0, 1, 0, 1]]);
  });

  it("INSIGHT_RULE_METRIC needs the query's Period and passes it on", async () => {
    const calls: unknown[] = [];
    const hooks = {
      insightRuleMetric: async (rule: string, statName: string, period: number) => {
        calls.push([rule, statName, period]);
        return seriesFromPoints("top", [1, 1, 1, 1, 1]);
      },
    };
    await run("INSIGHT_RULE_METRIC('my-rule', 'MaxContributorValue')", { hooks, period: 300 });
    expect(calls).toEqual([["my-rule", "MaxContributorValue", 300]]);
    await expect(run("INSIGHT_RULE_METRIC('my-rule', 'Sum')", { hooks })).rejects.toThrow("needs the Period");
  });

  it("SERVICE_QUOTA hands the usage series to the hook", async () => {
    const seen: TimeSeries[] = [];
    const result = await run("SERVICE_QUOTA(m1)", {
      hooks: {
        serviceQuota: async (usage) => {
          seen.push(usage);
          return seriesFromPoints("quota", [100, 100, 100, 100, 100]);
        },
      },
    });
    expect(seen[0]?.values).toEqual([10, 20, 40, 50]);
    expect(onGrid(result.series[0])).toEqual([100, 100, 100, 100, 100]);
  });

  it("DB_PERF_INSIGHTS passes its arguments and the default period", async () => {
    const calls: unknown[] = [];
    await run("DB_PERF_INSIGHTS('RDS', 'db-ABC', 'os.cpuUtilization.user.avg')", {
      hooks: {
        dbPerfInsights: async (args, period) => {
          calls.push([args, period]);
          return [];
        },
      },
    });
    expect(calls).toEqual([[["RDS", "db-ABC", "os.cpuUtilization.user.avg"], 60]]);
  });

  it("Metrics Insights: one series without GROUP BY (labelled by Id), an array with it", async () => {
    const calls: unknown[] = [];
    const hooks = {
      metricsInsights: async (sql: string, period: number) => {
        calls.push([sql, period]);
        return [seriesFromPoints("a", [1, 1, 1, 1, 1]), seriesFromPoints("b", [2, 2, 2, 2, 2])];
      },
    };
    const plain = await run('SELECT SUM(ApiResponse) FROM "ns"', { hooks, period: 300 });
    expect(plain.series.map((s) => s.label)).toEqual(["e1"]);
    const grouped = await run(
      "SELECT SUM(ApiResponse) FROM \"ns\" WHERE Path = '/my/path' GROUP BY Audience",
      { hooks },
    );
    expect(grouped.series.map((s) => s.label)).toEqual(["a", "b"]);
    expect(calls).toEqual([
      ['SELECT SUM(ApiResponse) FROM "ns"', 300],
      ["SELECT SUM(ApiResponse) FROM \"ns\" WHERE Path = '/my/path' GROUP BY Audience", 60],
    ]);
  });

  it("ANOMALY_DETECTION_BAND uses the hook's model when given", async () => {
    const result = await run("LAST(ANOMALY_DETECTION_BAND(m1, 3))", {
      hooks: {
        anomalyBand: async (series, width) => [
          seriesFromPoints(
            "up",
            series.values.map((v) => v + width),
          ),
          seriesFromPoints(
            "low",
            series.values.map((v) => v - width),
          ),
        ],
      },
    });
    expect(onGrid(result.series[0])).toEqual([7, 17, 37, 47, null]);
  });

  it("ANOMALY_DETECTION_BAND without a hook synthesises mean ± k·stddev (k defaults to 2)", async () => {
    const sd = Math.sqrt(250);
    const result = await run("ANOMALY_DETECTION_BAND(m1)");
    expect(result.series.map((s) => s.label)).toEqual([...ANOMALY_BAND_LABELS]);
    expectPoints(onGrid(result.series[0]), [30 + 2 * sd, 30 + 2 * sd, null, 30 + 2 * sd, 30 + 2 * sd]);
    expectPoints(onGrid(result.series[1]), [30 - 2 * sd, 30 - 2 * sd, null, 30 - 2 * sd, 30 - 2 * sd]);
  });
});
