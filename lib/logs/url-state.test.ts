import { describe, expect, it } from "vitest";
import { logGroupsForMetric } from "./metric-log-groups";
import { decodeLogsState, encodeLogsState, logsLink } from "./url-state";

describe("Logs page URL state", () => {
  it("round-trips groups of several scopes, query, absolute range and run", () => {
    const link = logsLink({
      accountId: "111111111111",
      region: "us-east-1",
      groups: ["/aws/lambda/shop-checkout", "/watchwall/shop/production/web"],
      query: "fields @message | limit 5",
      range: { type: "absolute", start: Date.UTC(2026, 5, 1, 11, 0), end: Date.UTC(2026, 5, 1, 11, 30) },
      run: true,
    });
    const { state, error } = decodeLogsState(new URL(link, "http://x").searchParams);
    expect(error).toBeUndefined();
    expect(state.groups.map((g) => g.name)).toEqual([
      "/aws/lambda/shop-checkout",
      "/watchwall/shop/production/web",
    ]);
    expect(state.query).toBe("fields @message | limit 5");
    expect(state.range).toEqual({
      type: "absolute",
      start: Date.UTC(2026, 5, 1, 11, 0),
      end: Date.UTC(2026, 5, 1, 11, 30),
    });
    expect(state.run).toBe(true);
    const other = {
      ...state,
      groups: [...state.groups, { accountId: "222222222222", region: "eu-west-1", name: "/x" }],
    };
    const again = decodeLogsState(encodeLogsState(other)).state;
    expect(again.groups[2]).toEqual({ accountId: "222222222222", region: "eu-west-1", name: "/x" });
  });

  it("accepts relative ranges as dashboards write them", () => {
    const { state } = decodeLogsState(
      new URLSearchParams("account=111111111111&region=us-east-1&groups=/a&from=now-3h&to=now"),
    );
    expect(state.range).toEqual({ type: "relative", duration: "PT3H" });
  });
});

describe("log groups of a metric", () => {
  it("follows the documented conventions", () => {
    expect(logGroupsForMetric({ namespace: "AWS/Lambda", dimensions: { FunctionName: "f" } })).toEqual([
      "/aws/lambda/f",
    ]);
    expect(
      logGroupsForMetric({
        namespace: "AWS/ApplicationELB",
        dimensions: { LoadBalancer: "app/prod-web-alb/123" },
      }),
    ).toEqual(["/watchwall/alb/prod-web-alb/access-logs"]);
    expect(logGroupsForMetric({ namespace: "AWS/RDS", dimensions: { DBInstanceIdentifier: "db" } })).toEqual([
      "/aws/rds/instance/db/error",
    ]);
    expect(logGroupsForMetric({ namespace: "AWS/EC2", dimensions: { InstanceId: "i-1" } })).toEqual([]);
  });
});
