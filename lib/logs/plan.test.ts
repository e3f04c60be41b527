import { describe, expect, it } from "vitest";
import { alignedRange, LogsQueryError, planRun } from "./plan";

const NOW = Date.UTC(2026, 5, 1, 12, 0, 30);
const g = (accountId: string, region: string, name: string) => ({ accountId, region, name });

describe("planRun", () => {
  it("splits groups into one query per account and Region", () => {
    const spec = planRun(
      {
        query: "fields @message",
        groups: [
          g("111111111111", "us-east-1", "/b"),
          g("111111111111", "us-east-1", "/a"),
          g("222222222222", "us-east-1", "/a"),
          g("111111111111", "us-east-1", "/a"),
        ],
        mode: "groups",
        range: { type: "relative", duration: "PT1H" },
      },
      NOW,
    );
    expect(spec.scopes).toEqual([
      {
        accountId: "111111111111",
        region: "us-east-1",
        queryString: "fields @message",
        logGroupNames: ["/a", "/b"],
      },
      {
        accountId: "222222222222",
        region: "us-east-1",
        queryString: "fields @message",
        logGroupNames: ["/a"],
      },
    ]);
  });

  it("compiles prefix mode to SOURCE logGroups(namePrefix)", () => {
    const spec = planRun(
      {
        query: "stats count(*)",
        groups: [g("111111111111", "us-east-1", "/aws/lambda/shop")],
        mode: "prefix",
        range: { type: "relative", duration: "PT1H" },
      },
      NOW,
    );
    expect(spec.scopes[0]?.queryString).toBe(
      'SOURCE logGroups(namePrefix: ["/aws/lambda/shop"]) | stats count(*)',
    );
    expect(spec.scopes[0]?.logGroupNames).toEqual([]);
  });

  it("rejects a query the engine cannot parse, with its location", () => {
    let error: unknown;
    try {
      planRun(
        {
          query: "fields @message | sort",
          groups: [g("111111111111", "us-east-1", "/a")],
          mode: "groups",
          range: { type: "relative", duration: "PT1H" },
        },
        NOW,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LogsQueryError);
    expect((error as LogsQueryError).field).toBe("query");
    expect((error as LogsQueryError).location).toBeDefined();
  });

  it("aligns relative ranges so viewers within a minute share a run", () => {
    const a = alignedRange({ type: "relative", duration: "PT3H" }, NOW);
    const b = alignedRange({ type: "relative", duration: "PT3H" }, NOW + 20_000);
    expect(a).toEqual(b);
    expect(a.endMs).toBe(Date.UTC(2026, 5, 1, 12, 1, 0));
    expect(a.endMs - a.startMs).toBe(3 * 3600_000);
  });
});
