import { describe, expect, it } from "vitest";
import type { MetricWidget } from "@/lib/dashboards/model";
import {
  addExpression,
  addMetric,
  nextQueryId,
  removeQuery,
  updateQuery,
  widgetProblems,
} from "./widget-draft";

const base: MetricWidget = {
  type: "line",
  id: "w",
  title: "t",
  position: { x: 0, y: 0, w: 12, h: 6 },
  region: "us-east-1",
  metrics: [],
};
const cpu = {
  accountId: "111111111111",
  region: "us-east-1",
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  dimensions: [{ name: "InstanceId", value: "i-1" }],
};

describe("widget draft", () => {
  it("numbers new queries and records only differing account/Region", () => {
    let w = addMetric(base, cpu, "111111111111");
    w = addMetric(w, { ...cpu, region: "eu-west-1", accountId: "222222222222" }, "111111111111");
    expect(w.metrics.map((q) => [q.id, q.region, q.accountId])).toEqual([
      ["m1", undefined, undefined],
      ["m2", "eu-west-1", "222222222222"],
    ]);
    expect(nextQueryId(removeQuery(w, "m1").metrics, "m")).toBe("m1");
  });

  it("validates expressions in the browser with positions", () => {
    let w = addMetric(base, cpu, "111111111111");
    w = addExpression(w, "m1 * ");
    const [problem] = widgetProblems(w);
    expect(problem).toMatchObject({ queryId: "e1" });
    expect(problem?.start).toBe(5);
    w = updateQuery(w, "e1", { expression: "m1 * 2" });
    expect(widgetProblems(w)).toEqual([]);
    expect(widgetProblems(updateQuery(w, "e1", { expression: "m9 + 1" }))[0]?.message).toMatch(/m9/);
    expect(widgetProblems(updateQuery(w, "e1", { expression: "AVG(m1)" }))[0]?.message).toMatch(
      /TIME_SERIES/,
    );
  });

  it("reports duplicate ids and schema problems", () => {
    const w = addMetric(addMetric(base, cpu, undefined), cpu, undefined);
    const dup = updateQuery(w, "m2", { id: "m1" });
    expect(widgetProblems(dup).map((p) => p.message)).toContain("Id m1 is used twice");
    expect(widgetProblems(updateQuery(w, "m1", { stat: "Avg" })).length).toBeGreaterThan(0);
  });
});
