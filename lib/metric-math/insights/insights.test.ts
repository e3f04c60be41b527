import { describe, expect, it } from "vitest";
import { MetricMathSyntaxError } from "../errors";
import { metric } from "../testing/fixture";
import { INSIGHTS_MISSING_GROUP_VALUE, insightsGroupValues, matchesInsightsQuery } from "./match";
import { parseMetricsInsights } from "./parse";

describe("parseMetricsInsights (section 4.2)", () => {
  it("parses the moto aws_verified query", () => {
    expect(
      parseMetricsInsights(`SELECT SUM(ApiResponse) FROM "my-ns" WHERE Path = '/my/path' GROUP BY Audience`),
    ).toEqual({
      aggregate: "SUM",
      metricName: "ApiResponse",
      from: { kind: "namespace", namespace: "my-ns" },
      where: { type: "compare", key: "Path", op: "=", values: ["/my/path"] },
      groupBy: ["Audience"],
    });
  });

  it("parses SCHEMA, ORDER BY, LIMIT and case-insensitive keywords", () => {
    expect(
      parseMetricsInsights(
        `select max(CPUUtilization) from schema("AWS/EC2", InstanceId, InstanceType) where InstanceType != 'c3.4xlarge' and (InstanceId = 'i-1' or InstanceId LIKE 'i-2%') group by InstanceId, InstanceType order by max() desc limit 10`,
      ),
    ).toEqual({
      aggregate: "MAX",
      metricName: "CPUUtilization",
      from: { kind: "schema", namespace: "AWS/EC2", dimensionKeys: ["InstanceId", "InstanceType"] },
      where: {
        type: "and",
        items: [
          { type: "compare", key: "InstanceType", op: "!=", values: ["c3.4xlarge"] },
          {
            type: "or",
            items: [
              { type: "compare", key: "InstanceId", op: "=", values: ["i-1"] },
              { type: "compare", key: "InstanceId", op: "LIKE", values: ["i-2%"] },
            ],
          },
        ],
      },
      groupBy: ["InstanceId", "InstanceType"],
      orderBy: { aggregate: "MAX", direction: "DESC" },
      limit: 10,
    });
  });

  it("parses IN / NOT IN lists and defaults ORDER BY to ASC", () => {
    const q = parseMetricsInsights(
      `SELECT COUNT(Errors) FROM "AWS/Lambda" WHERE FunctionName IN ('a', 'b') AND Resource NOT IN ('x') ORDER BY COUNT()`,
    );
    expect(q.where).toEqual({
      type: "and",
      items: [
        { type: "compare", key: "FunctionName", op: "IN", values: ["a", "b"] },
        { type: "compare", key: "Resource", op: "NOT IN", values: ["x"] },
      ],
    });
    expect(q.orderBy).toEqual({ aggregate: "COUNT", direction: "ASC" });
  });

  it.each([
    ["SELECT MEDIAN(x) FROM ns", 7, "AVG, COUNT"],
    ["SELECT AVG(x) ns", 14, "FROM"],
    ["SELECT AVG(x) FROM ns WHERE a 'b'", 30, "comparison operator"],
    ["SELECT AVG(x) FROM ns WHERE a = b", 32, "single-quoted"],
    ["SELECT AVG(x) FROM ns LIMIT 0", 28, "positive"],
    ["SELECT AVG(x) FROM ns GROUP a", 28, "BY"],
    ["SELECT AVG(x) FROM ns extra", 22, "unexpected"],
    ['SELECT AVG(x) FROM "ns', 19, "unterminated"],
    ["SELECT AVG(x) FROM ns WHERE a = 'b' ;", 36, "unexpected character"],
  ])("%s fails at %i", (sql, position, fragment) => {
    let caught: unknown;
    try {
      parseMetricsInsights(sql);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MetricMathSyntaxError);
    expect(caught instanceof MetricMathSyntaxError && caught.position).toBe(position);
    expect(caught instanceof Error && caught.message).toContain(fragment);
  });
});

describe("matching metrics against a Metrics Insights query", () => {
  const a = metric("CPUUtilization", { InstanceId: "i-1", InstanceType: "t3.micro" });
  const b = metric("CPUUtilization", { InstanceId: "i-2" });
  const c = metric("CPUUtilization", {});
  const other = metric("NetworkIn", { InstanceId: "i-1" });

  it.each([
    [`SELECT AVG(CPUUtilization) FROM "AWS/EC2"`, [true, true, true, false]],
    [`SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2")`, [false, false, true, false]],
    [`SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId)`, [false, true, false, false]],
    [`SELECT AVG(CPUUtilization) FROM "AWS/EC2" WHERE InstanceId = 'i-1'`, [true, false, false, false]],
    [`SELECT AVG(CPUUtilization) FROM "AWS/EC2" WHERE InstanceId != 'i-1'`, [false, true, true, false]],
    [
      `SELECT AVG(CPUUtilization) FROM "AWS/EC2" WHERE InstanceType LIKE '%micro'`,
      [true, false, false, false],
    ],
    [`SELECT AVG(CPUUtilization) FROM "AWS/EC2" WHERE NOT InstanceId IN ('i-2')`, [true, false, true, false]],
    [`SELECT AVG(CPUUtilization) FROM "AWS/Lambda"`, [false, false, false, false]],
  ])("%s", (sql, expected) => {
    const q = parseMetricsInsights(sql);
    expect([a, b, c, other].map((m) => matchesInsightsQuery(q, m))).toEqual(expected);
  });

  it("groups by key values, with 'Other' for metrics lacking a key", () => {
    const q = parseMetricsInsights(
      `SELECT AVG(CPUUtilization) FROM "AWS/EC2" GROUP BY InstanceType, InstanceId`,
    );
    expect(insightsGroupValues(q, a)).toEqual(["t3.micro", "i-1"]);
    expect(insightsGroupValues(q, b)).toEqual([INSIGHTS_MISSING_GROUP_VALUE, "i-2"]);
  });
});
