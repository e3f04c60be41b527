import { describe, expect, it } from "vitest";
import type { Command, Expr } from "../ast";
import { LogsQuerySyntaxError } from "../errors";
import { parseQuery } from "./index";

function only(q: string): Command {
  const cmds = parseQuery(q).commands;
  expect(cmds).toHaveLength(1);
  return cmds[0] as Command;
}

function filterExpr(q: string): Expr {
  const c = only(q);
  if (c.kind !== "filter") throw new Error("not a filter");
  return c.expr;
}

function errorOf(q: string): LogsQuerySyntaxError {
  try {
    parseQuery(q);
  } catch (err) {
    if (err instanceof LogsQuerySyntaxError) return err;
    throw err;
  }
  throw new Error(`expected a syntax error for ${q}`);
}

describe("parseQuery: structure", () => {
  it("splits commands on | and ignores case of keywords", () => {
    const q = parseQuery("FIELDS a | Filter b > 1 | SORT a ASC | LIMIT 5");
    expect(q.commands.map((c) => c.kind)).toEqual(["fields", "filter", "sort", "limit"]);
    const sort = q.commands[2];
    expect(sort?.kind === "sort" && sort.items[0]?.descending).toBe(false);
  });

  it("sort without direction is descending (DEFAULT_SORT_DIRECTION)", () => {
    const c = only("sort @timestamp");
    expect(c.kind === "sort" && c.items[0]?.descending).toBe(true);
  });

  it("keeps aliases and the expression text used for column names", () => {
    const c = only("fields abs(f3 - f4), x as y");
    if (c.kind !== "fields") throw new Error("kind");
    expect(c.items.map((i) => [i.text, i.alias])).toEqual([
      ["abs(f3 - f4)", null],
      ["x", "y"],
    ]);
  });

  it("back-quoted names keep any character; unquoted foo-bar is a subtraction", () => {
    const c = only("fields `foo-bar`, foo-bar");
    if (c.kind !== "fields") throw new Error("kind");
    expect(c.items[0]?.expr).toMatchObject({ k: "field", name: "foo-bar" });
    expect(c.items[1]?.expr).toMatchObject({ k: "arith", op: "-" });
  });

  it("dotted names including array indexes are one field", () => {
    expect(filterExpr('filter requestParameters.items.0.instanceId = "i-1"')).toMatchObject({
      k: "cmp",
      left: { k: "field", name: "requestParameters.items.0.instanceId" },
    });
  });

  it("reads / as division after an operand and as a regex where an operand is expected", () => {
    expect(filterExpr("filter a / 2 > 1")).toMatchObject({ k: "cmp", left: { k: "arith", op: "/" } });
    expect(filterExpr("filter m like /a b|c/")).toMatchObject({
      k: "like",
      pattern: { k: "regex", source: "a b|c" },
    });
    expect(filterExpr('filter m like /"action":"BLOCK"/')).toMatchObject({
      pattern: { k: "regex", source: '"action":"BLOCK"' },
    });
    expect(filterExpr("filter m =~ /x\\/y/")).toMatchObject({
      k: "like",
      regexOnly: true,
      pattern: { source: "x/y" },
    });
  });

  it("operator precedence: not > and > or, arithmetic before comparison, ^ binds tightest", () => {
    expect(filterExpr("filter a = 1 or b = 2 and not c = 3")).toMatchObject({
      k: "logic",
      op: "or",
      right: { k: "logic", op: "and", right: { k: "not" } },
    });
    expect(filterExpr("filter a + 2 * 3 ^ 2 > 4")).toMatchObject({
      k: "cmp",
      left: { k: "arith", op: "+", right: { k: "arith", op: "*", right: { k: "arith", op: "^" } } },
    });
  });

  it("not like / not in / in lists", () => {
    expect(filterExpr("filter a not like 'x'")).toMatchObject({ k: "like", negated: true });
    expect(filterExpr('filter a not in ["x", 1]')).toMatchObject({
      k: "in",
      negated: true,
      list: { k: "list" },
    });
  });

  it("durations and periods", () => {
    const c = only("stats count(*) by bin(5m), bin(1 )");
    if (c.kind !== "stats") throw new Error("kind");
    expect(c.by[0]?.expr).toMatchObject({ k: "call", args: [{ k: "period", amount: 5, unit: "m" }] });
  });

  it("comments: lines starting with # and # after whitespace", () => {
    const q = parseQuery("# heading\nfields a # trailing\n  # | filter b\n| limit 3");
    expect(q.commands.map((c) => c.kind)).toEqual(["fields", "limit"]);
  });

  it("string escapes", () => {
    expect(filterExpr('filter a = "x\\"y\\n"')).toMatchObject({ right: { k: "str", value: 'x"y\n' } });
    expect(filterExpr("filter a = 'it\\'s'")).toMatchObject({ right: { k: "str", value: "it's" } });
  });

  it("parse with glob and regex", () => {
    const g = only('parse @message "a=* b=*" as x, y');
    expect(g).toMatchObject({ kind: "parse", field: "@message", pattern: { type: "glob", text: "a=* b=*" } });
    const r = only("parse msg /(?<k>\\w+)=/");
    expect(r).toMatchObject({
      kind: "parse",
      field: "msg",
      pattern: { type: "regex", source: "(?<k>\\w+)=" },
    });
  });

  it("limit any, dedup, unmask, pattern, diff, fillmissing", () => {
    expect(only("limit any 3")).toMatchObject({ kind: "limit", count: 3, any: true });
    expect(only("dedup a, b")).toMatchObject({ kind: "dedup", fields: [{ name: "a" }, { name: "b" }] });
    expect(only("unmask @message")).toMatchObject({ kind: "unmask", field: "@message" });
    expect(parseQuery("pattern @message | diff previousWeek").commands[1]).toMatchObject({
      kind: "diff",
      against: "previousWeek",
    });
    expect(only("fillmissing with 0 for a, b, with 'x' for c")).toMatchObject({
      kind: "fillmissing",
      clauses: [
        { value: { value: 0 }, fields: ["a", "b"] },
        { value: { value: "x" }, fields: ["c"] },
      ],
    });
  });

  it("SOURCE clauses", () => {
    const sel = parseQuery("SOURCE logGroups(namePrefix: ['/aws/'], class: ['STANDARD']) | fields @message");
    expect(sel.source).toMatchObject({ selector: true, namePrefixes: ["/aws/"], classes: ["STANDARD"] });
    expect(sel.commands).toHaveLength(1);
    const stored = parseQuery('SOURCE "/demo/app" START=1000 END=2999 | fields @message');
    expect(stored.source).toMatchObject({
      selector: false,
      logGroups: ["/demo/app"],
      startTime: 1000,
      endTime: 2999,
    });
  });
});

describe("parseQuery: error locations", () => {
  const cases: Array<[string, string, number, number]> = [
    ["fields @message | sort", "mismatched input '<EOF>'", 22, 22],
    ["fields @message |", "mismatched input '<EOF>'", 17, 17],
    ["fields @timestamp, f | count()", "mismatched input 'count' expecting {K_FIELDS", 23, 27],
    ["fields a b", "mismatched input 'b'", 9, 9],
    ["filter x = 'abc", "unterminated string literal", 11, 14],
    ["filter x like /abc", "unterminated regular expression", 14, 17],
    ["filter a ! b", "token recognition error at: '!'", 9, 9],
    ["limit 0", "Invalid limit: 0", 6, 6],
    ["limit any", "mismatched input '<EOF>' expecting INTEGER", 9, 9],
    ["fields x | SOURCE logGroups()", "SOURCE can only appear at the start", 11, 16],
    ["stats count(*) by", "mismatched input '<EOF>'", 17, 17],
    ["fields (a", "mismatched input '<EOF>' expecting ')'", 9, 9],
    ["SOURCE logGroups(namePrefix: ['a','b','c','d','e','f'])", "at most 5", 29, 53],
  ];
  it.each(cases)("%s", (q, message, start, end) => {
    const e = errorOf(q);
    expect(e.message).toContain(message);
    expect([e.startCharOffset, e.endCharOffset]).toEqual([start, end]);
  });

  it("an empty or comment-only query is rejected (EMPTY_QUERY_IS_ERROR)", () => {
    expect(errorOf("").message).toBe("Query string is empty");
    expect(errorOf("  # nothing here").startCharOffset).toBe(0);
  });

  it("exposes the queryCompileError shape", () => {
    expect(errorOf("fields a b").toQueryCompileError()).toEqual({
      location: { startCharOffset: 9, endCharOffset: 9 },
      message: "mismatched input 'b' expecting {<EOF>, '|', ','}",
    });
  });
});
