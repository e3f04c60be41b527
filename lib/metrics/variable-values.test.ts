import { describe, expect, it } from "vitest";
import type { CatalogMetric } from "@/lib/aws/list-metrics";
import { valuesFromMetrics, VariableSearchError } from "./variable-values";

const metric = (metricName: string, dims: Record<string, string>, namespace = "AWS/EC2"): CatalogMetric => ({
  namespace,
  metricName,
  dimensions: Object.entries(dims).map(([name, value]) => ({ name, value })),
});

const catalog = [
  metric("CPUUtilization", { InstanceId: "i-b" }),
  metric("CPUUtilization", { InstanceId: "i-a" }),
  metric("CPUUtilization", { InstanceId: "i-a" }),
  metric("NetworkIn", { InstanceId: "i-c" }),
  metric("CPUUtilization", { AutoScalingGroupName: "web" }),
  metric("CPUUtilization", { DBInstanceIdentifier: "db-1" }, "AWS/RDS"),
];

describe("property variable values from a search", () => {
  it("lists the distinct populateFrom values of the metrics the search selects, sorted", () => {
    const result = valuesFromMetrics(catalog, {
      accountId: "111111111111",
      search: '{AWS/EC2,InstanceId} MetricName="CPUUtilization"',
      populateFrom: "InstanceId",
    });
    expect(result).toEqual({ values: ["i-a", "i-b"], truncated: false });
  });

  it("follows the search's schema and terms", () => {
    expect(
      valuesFromMetrics(catalog, {
        accountId: "1",
        search: "{AWS/EC2,InstanceId}",
        populateFrom: "InstanceId",
      }).values,
    ).toEqual(["i-a", "i-b", "i-c"]);
  });

  it("refuses a search CloudWatch would refuse, as a search error", () => {
    expect(() =>
      valuesFromMetrics(catalog, { accountId: "1", search: "{AWS/EC2,", populateFrom: "InstanceId" }),
    ).toThrow(VariableSearchError);
  });
});
