import { describe, expect, it } from "vitest";
import { referencedIds, rewriteExpression } from "./rewrite";

const prefix = (id: string) => `p2_${id}`;

describe("rewriteExpression", () => {
  it("prefixes ids and leaves functions, numbers and strings alone", () => {
    expect(rewriteExpression("m1 + m2 * 2", prefix, ["m1", "m2"])).toBe("p2_m1 + p2_m2 * 2");
    expect(rewriteExpression("IF(m1 > 10, m1, 0)", prefix, [])).toBe("IF(p2_m1 > 10, p2_m1, 0)");
    expect(rewriteExpression("SEARCH('{AWS/EC2,InstanceId} m1', 'Average', 300)", prefix, [])).toBe(
      "SEARCH('{AWS/EC2,InstanceId} m1', 'Average', 300)",
    );
  });

  it("expands METRICS() to the panel's own metric ids", () => {
    expect(rewriteExpression("SUM(METRICS())", prefix, ["m1", "errors4xx", "errors5xx"])).toBe(
      "SUM([p2_m1, p2_errors4xx, p2_errors5xx])",
    );
    expect(rewriteExpression('AVG(METRICS("5xx")) * 100', prefix, ["m1", "errors4xx", "errors5xx"])).toBe(
      "AVG([p2_errors5xx]) * 100",
    );
  });

  it("leaves Metrics Insights queries untouched", () => {
    const sql = 'SELECT AVG(CPUUtilization) FROM "AWS/EC2" GROUP BY InstanceId';
    expect(rewriteExpression(sql, prefix, ["m1"])).toBe(sql);
  });

  it("lists references", () => {
    expect(referencedIds("m1 / (m2 + m1)", ["m1", "m2"]).sort()).toEqual(["m1", "m2"]);
    expect(referencedIds("METRICS()", ["a", "b"]).sort()).toEqual(["a", "b"]);
  });
});
