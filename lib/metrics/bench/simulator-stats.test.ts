import { describe, expect, it } from "vitest";
import { StatsCollector } from "@/lib/simulator/core/stats";
import { metricDataCounts } from "./simulator-stats";

function gmd(stats: StatsCollector, account: string, region: string, queries: number) {
  stats.recordCall({
    service: "cloudwatch",
    operation: "GetMetricData",
    account,
    region,
    status: 200,
    throttled: false,
    injected: false,
  });
  stats.recordUnits("cloudwatch", "GetMetricData", account, region, "metricQueries", queries);
}

describe("metricDataCounts", () => {
  it("reads GetMetricData calls and queries per account and Region from a snapshot", () => {
    const stats = new StatsCollector();
    gmd(stats, "222222222222", "eu-west-1", 26);
    gmd(stats, "111111111111", "us-east-1", 18);
    gmd(stats, "111111111111", "us-east-1", 9);
    stats.recordCall({
      service: "sts",
      operation: "AssumeRole",
      account: "111111111111",
      region: "us-east-1",
      status: 200,
      throttled: false,
      injected: false,
    });
    const counts = metricDataCounts(JSON.parse(JSON.stringify(stats.snapshot())));
    expect(counts).toEqual({
      calls: 3,
      queries: 53,
      errors: 0,
      byScope: [
        { accountId: "111111111111", region: "us-east-1", calls: 2, queries: 27 },
        { accountId: "222222222222", region: "eu-west-1", calls: 1, queries: 26 },
      ],
    });
  });

  it("counts nothing before the first call and rejects what is not a snapshot", () => {
    expect(metricDataCounts(new StatsCollector().snapshot())).toEqual({
      calls: 0,
      queries: 0,
      errors: 0,
      byScope: [],
    });
    expect(() => metricDataCounts({ error: "nope" })).toThrow();
  });
});
