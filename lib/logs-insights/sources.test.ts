import { describe, expect, it } from "vitest";
import { extractSources, parseSourceClause, runQuery, stripSource, validateQuery } from "./index";

describe("SOURCE handling", () => {
  it("names given as strings, with the DescribeQueries START/END suffix", () => {
    const q = 'SOURCE "/a" "/b", \'/c\' START=1704067200000 END=1704067500999 | fields @message';
    expect(extractSources(q)).toEqual(["/a", "/b", "/c"]);
    expect(parseSourceClause(q)).toMatchObject({ startTime: 1704067200000, endTime: 1704067500999 });
    expect(stripSource(q)).toBe(" fields @message");
  });

  it("logGroups(...) selectors", () => {
    expect(extractSources("SOURCE logGroups(namePrefix: ['/aws/lambda/', '/app']) | stats count(*)")).toEqual(
      ["/aws/lambda/*", "/app*"],
    );
    expect(extractSources("SOURCE logGroups()")).toEqual(["*"]);
    expect(
      parseSourceClause(
        "source LOGGROUPS(accountIdentifiers:['111122223333'], class: ['INFREQUENT_ACCESS'])",
      ),
    ).toMatchObject({
      accountIdentifiers: ["111122223333"],
      classes: ["INFREQUENT_ACCESS"],
    });
  });

  it("no SOURCE", () => {
    expect(extractSources("fields @message")).toEqual([]);
    expect(stripSource("fields @message")).toBe("fields @message");
  });

  it("invalid selectors are malformed queries", () => {
    expect(validateQuery("SOURCE logGroups(class: ['COLD'])")).toMatchObject({ ok: false });
    expect(validateQuery("SOURCE logGroups(prefix: ['a'])")).toMatchObject({ ok: false });
    expect(validateQuery("SOURCE logGroups(namePrefix: 'a')")).toMatchObject({ ok: false });
  });

  it("a query with SOURCE runs the commands after it", () => {
    const ev = { timestamp: 0, ingestionTime: 0, message: "x", logStream: "s", logGroup: "g", ptr: "p" };
    expect(runQuery('SOURCE "g" | stats count(*) as n', [ev]).rows).toEqual([[{ field: "n", value: "1" }]]);
  });
});

describe("validateQuery", () => {
  it("reports sources and whether the result is aggregated", () => {
    expect(validateQuery("SOURCE 'g' | stats count(*) by bin(5m)")).toEqual({
      ok: true,
      sources: ["g"],
      aggregated: true,
    });
    expect(validateQuery("fields @message | sort @timestamp")).toEqual({
      ok: true,
      sources: [],
      aggregated: false,
    });
    expect(validateQuery("pattern @message | diff")).toEqual({ ok: true, sources: [], aggregated: true });
  });

  it("returns compile errors with their location", () => {
    expect(validateQuery("fields a | filter nosuch(a)")).toEqual({
      ok: false,
      error: { message: "Unknown function: nosuch", startCharOffset: 18, endCharOffset: 23 },
    });
    expect(validateQuery("filter a like /(unclosed/")).toMatchObject({
      ok: false,
      error: {
        message: "Invalid regular expression: Unterminated group",
        startCharOffset: 14,
        endCharOffset: 24,
      },
    });
  });
});
