import { describe, expect, it } from "vitest";
import { DEFAULT_SEMANTICS } from "./semantics";
import { validateExpression } from "./validate";

const IDS = ["m1", "m2", "m3", "e1", "latency", "threshold"];

describe("validateExpression: accepted expressions", () => {
  it.each([
    ["m1 + m2", "TS", ["m1", "m2"], []],
    ["SUM(m1)", "S", ["m1"], ["SUM"]],
    ["SUM([m1, m2])", "TS", ["m1", "m2"], ["SUM"]],
    ["METRICS()*100", "TS[]", [], ["METRICS"]],
    ["IF(latency>threshold, 1, 0)", "TS", ["latency", "threshold"], ["IF"]],
    ["IF(1 > 0, 5, 6)", "S", [], ["IF"]],
    ["TIME_SERIES(MAX(m1))", "TS", ["m1"], ["TIME_SERIES", "MAX"]],
    ["FIRST(SORT(METRICS(), AVG, DESC))", "TS", [], ["FIRST", "SORT", "METRICS"]],
    ["ANOMALY_DETECTION_BAND(m1, 3)", "TS[]", ["m1"], ["ANOMALY_DETECTION_BAND"]],
    ['LAMBDA("fn", "x", 5, true, false)', "TS[]", [], ["LAMBDA"]],
    ["INSIGHT_RULE_METRIC('rule', 'UniqueContributors')", "TS", [], ["INSIGHT_RULE_METRIC"]],
    ["SERVICE_QUOTA(m1)", "TS", ["m1"], ["SERVICE_QUOTA"]],
    ["DB_PERF_INSIGHTS('RDS', 'db-ABC', 'os.cpuUtilization.user.avg')", "TS[]", [], ["DB_PERF_INSIGHTS"]],
    ['SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId) GROUP BY InstanceId', "TS[]", [], []],
    ['SELECT SUM(CPUUtilization) FROM "AWS/EC2"', "TS", [], []],
  ])("%s → %s", (text, type, references, functions) => {
    const result = validateExpression(text, IDS);
    expect(result).toMatchObject({ ok: true, resultType: type, references, functions });
  });

  it("reports the kind of expression", () => {
    expect(validateExpression("SELECT MAX(x) FROM ns", [])).toMatchObject({ ok: true, kind: "insights" });
    expect(validateExpression("m1", ["m1"])).toMatchObject({ ok: true, kind: "math" });
  });

  it("uses caller-provided id types", () => {
    expect(validateExpression("SUM(e1)", IDS, { idTypes: { e1: "TS[]" } })).toMatchObject({
      resultType: "TS",
    });
    expect(validateExpression("SUM(e1)", IDS)).toMatchObject({ resultType: "S" });
  });
});

describe("validateExpression: errors with offsets", () => {
  it.each([
    ["m1 + m9", 5, 7, "Unrecognized metric or expression id: m9"],
    ["SQRT(m1)", 0, 4, "Unknown function SQRT"],
    ["CONCAT(m1, m2)", 0, 6, "Unknown function CONCAT"],
    ["ABS(m1, m2)", 0, 11, "ABS takes 1 argument"],
    ["FILL(m1)", 0, 8, "FILL takes 2 arguments"],
    ["FILL(m1, LAST)", 9, 13, "REPEAT, LINEAR"],
    ["SORT(METRICS(), MEDIAN, DESC)", 16, 22, "AVG, MIN, MAX, SUM"],
    ["SORT(METRICS(), AVG, UP)", 21, 23, "ASC, DESC"],
    ["TIME_SERIES(m1)", 12, 14, "must be a number, not a time series"],
    ["AVG(5)", 4, 5, "must be a time series or an array of time series"],
    ["[m1, 5]", 5, 6, "array elements"],
    ["m1 + 'x'", 5, 8, "string"],
    ["m1 + REPEAT", 5, 11, "unexpected keyword REPEAT"],
    ["PERIOD(m1 * 2)", 7, 13, "PERIOD accepts only the id of a metric"],
    ["SEARCH(m1, 'Average')", 7, 9, "quoted search string"],
    ["SEARCH('{AWS/EC2, InstanceId MetricName=x', 'Average')", 29, 30, "invalid search: expected ',' or '}'"],
    ["SEARCH('CPU', '')", 14, 16, "SEARCH needs a statistic"],
    ["SEARCH('CPU', 'Average', 0)", 25, 26, "positive whole number"],
    ["INSIGHT_RULE_METRIC('r', 'Median')", 25, 33, "UniqueContributors"],
    ["METRICS(5)", 8, 9, "must be a string"],
    ["LAMBDA(5)", 7, 8, "must be a string"],
    ["LAMBDA('fn', m1)", 13, 15, "must be a string or a number"],
    ["'just text'", 0, 11, "string"],
  ])("%s", (text, start, end, fragment) => {
    const result = validateExpression(text, IDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(fragment);
    expect([result.error.start, result.error.end]).toEqual([start, end]);
  });

  it("maps a SEARCH syntax error into the expression text", () => {
    const text = "SEARCH('CPU OR', 'Average')";
    const result = validateExpression(text, IDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The SEARCH text ends right after "OR"; the error points at the closing quote of the literal.
    expect(text.charAt(result.error.start)).toBe("'");
  });

  it("rejects expressions over 2048 characters", () => {
    const text = `m1${" + m1".repeat(420)}`;
    expect(validateExpression(text, IDS)).toMatchObject({
      ok: false,
      error: { start: 2048, end: text.length },
    });
    expect(validateExpression(text.slice(0, 2047), IDS)).toMatchObject({ ok: true });
  });

  it("syntax errors give a one-character span", () => {
    expect(validateExpression("m1 +* m2", IDS)).toEqual({
      ok: false,
      error: { message: "Syntax error at position 4: unexpected '*'; expected a value", start: 4, end: 5 },
    });
  });

  it("accepts an empty SEARCH statistic when semantics default it", () => {
    const semantics = { ...DEFAULT_SEMANTICS, searchEmptyStatistic: "default-average" as const };
    expect(validateExpression("SEARCH('CPU', '', 300)", IDS, { semantics })).toMatchObject({ ok: true });
  });
});
