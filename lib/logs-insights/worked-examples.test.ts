// Every worked example of AWS-SEMANTICS.md 8.8, against the five-event fixture.

import { describe, expect, it } from "vitest";
import { LogsQuerySyntaxError, parseQuery, runQuery } from "./index";
import { DEMO_EVENTS, DEMO_OPTIONS, rowsAsText } from "./test-fixture";

const run = (q: string) => runQuery(q, DEMO_EVENTS, DEMO_OPTIONS);
const rows = (q: string) => rowsAsText(run(q));

const E4 = '{"level":"WARN","status":404,"latency":30,"path":"/c"}';
const E5 = "2024-01-01T00:02:20Z [ERROR] db timeout after 3000 ms";

describe("AWS-SEMANTICS 8.8 worked examples", () => {
  it("1: fields + sort desc + limit", () => {
    const r = run("fields @timestamp, @message | sort @timestamp desc | limit 2");
    expect(rowsAsText(r)).toEqual([
      ["@timestamp=2024-01-01 00:02:20.000", `@message=${E5}`],
      ["@timestamp=2024-01-01 00:01:50.000", `@message=${E4}`],
    ]);
    expect(r.statistics.recordsMatched).toBe(5);
    expect(r.statistics.recordsScanned).toBe(5);
  });

  it("2: filter on a discovered JSON field (E5 is not JSON)", () => {
    const r = run('fields @timestamp, path | filter level = "ERROR"');
    expect(rowsAsText(r)).toEqual([["@timestamp=2024-01-01 00:00:35.000", "path=/b"]]);
    expect(r.statistics.recordsMatched).toBe(1);
  });

  it("3: numeric comparison then count", () => {
    expect(rows("filter status >= 400 | stats count(*) as errors")).toEqual([["errors=2"]]);
  });

  it("4: count by level sorted ascending", () => {
    expect(rows("filter ispresent(level) | stats count(*) as n by level | sort level asc")).toEqual([
      ["level=ERROR", "n=1"],
      ["level=INFO", "n=2"],
      ["level=WARN", "n=1"],
    ]);
  });

  it("5: avg/max/min/sum by path", () => {
    const q =
      "filter ispresent(path) | stats avg(latency) as avg_ms, max(latency) as max_ms, min(latency) as min_ms, sum(latency) as total by path | sort path asc";
    expect(rows(q)).toEqual([
      ["path=/a", "avg_ms=100", "max_ms=120", "min_ms=80", "total=200"],
      ["path=/b", "avg_ms=900", "max_ms=900", "min_ms=900", "total=900"],
      ["path=/c", "avg_ms=30", "max_ms=30", "min_ms=30", "total=30"],
    ]);
  });

  it("5b: without the ispresent filter the null group is a row without the key (INCLUDE_NULL_GROUPS)", () => {
    const q =
      "stats avg(latency) as avg_ms, max(latency) as max_ms, min(latency) as min_ms, sum(latency) as total by path | sort path asc";
    const r = rows(q);
    expect(r.slice(0, 3).map((x) => x[0])).toEqual(["path=/a", "path=/b", "path=/c"]);
    expect(r[3]).toEqual([]);
  });

  it("6: count by bin(1m)", () => {
    expect(rows("stats count(*) by bin(1m) | sort bin(1m) asc")).toEqual([
      ["bin(1m)=2024-01-01 00:00:00.000", "count(*)=2"],
      ["bin(1m)=2024-01-01 00:01:00.000", "count(*)=2"],
      ["bin(1m)=2024-01-01 00:02:00.000", "count(*)=1"],
    ]);
  });

  it("7: glob parse", () => {
    expect(
      rows(
        'parse @message "[*] * after * ms" as lvl, what, ms | filter ispresent(lvl) | display lvl, what, ms',
      ),
    ).toEqual([["lvl=ERROR", "what=db timeout", "ms=3000"]]);
  });

  it("8: regex parse with named captures", () => {
    expect(
      rows("parse @message /\\[(?<lvl>\\w+)\\] (?<msg>.*)/ | filter ispresent(lvl) | fields lvl, msg"),
    ).toEqual([["lvl=ERROR", "msg=db timeout after 3000 ms"]]);
  });

  it("9: like / =~ with regex and strings", () => {
    expect(rows("filter @message like /timeout/ | fields @timestamp")).toEqual([
      ["@timestamp=2024-01-01 00:02:20.000"],
    ]);
    expect(rows('filter @message like "Timeout" | fields @timestamp')).toEqual([]);
    expect(rows("filter @message like /(?i)Timeout/ | fields @timestamp")).toEqual([
      ["@timestamp=2024-01-01 00:02:20.000"],
    ]);
    expect(rows("filter @message =~ /after \\d+ ms/ | fields @timestamp")).toEqual([
      ["@timestamp=2024-01-01 00:02:20.000"],
    ]);
  });

  it("10: in with strings", () => {
    expect(rows('filter path in ["/a", "/c"] | stats count(*) as n')).toEqual([["n=3"]]);
  });

  it("11: in with numbers", () => {
    expect(rows("filter status in [404, 500] | fields path | sort path asc")).toEqual([
      ["path=/b"],
      ["path=/c"],
    ]);
  });

  it("12: dotted JSON field, alias, count_distinct", () => {
    expect(
      rows("fields user.id as uid | filter ispresent(uid) | stats count_distinct(uid) as users"),
    ).toEqual([["users=2"]]);
  });

  it("13: coalesce", () => {
    expect(
      rows('fields coalesce(user.id, "anonymous") as uid | stats count(*) as n by uid | sort uid asc'),
    ).toEqual([
      ["uid=anonymous", "n=2"],
      ["uid=u1", "n=2"],
      ["uid=u2", "n=1"],
    ]);
  });

  it("14: pct", () => {
    expect(rows("filter latency < 200 | stats pct(latency, 50) as p50, count(*) as n")).toEqual([
      ["p50=80", "n=3"],
    ]);
  });

  it("15: earliest / latest", () => {
    expect(
      rows("filter ispresent(path) | stats earliest(path) as first_path, latest(path) as last_path"),
    ).toEqual([["first_path=/a", "last_path=/c"]]);
  });

  it("16: sortsFirst / sortsLast", () => {
    expect(rows("stats sortsFirst(path) as lo, sortsLast(path) as hi")).toEqual([["lo=/a", "hi=/c"]]);
  });

  it("17: string functions on fields", () => {
    expect(
      rows(
        'filter path = "/b" | fields strlen(path) as len, tolower(level) as lv, concat(level, "-", path) as k',
      ),
    ).toEqual([["len=2", "lv=error", "k=ERROR-/b"]]);
  });

  it("18: substr / trim family / replace", () => {
    const q =
      'fields substr("xyZfooxyZ", 3, 3) as a, trim("  hi  ") as b, ltrim("xyZxyfooxyZ", "xyZ") as c, rtrim("xyZfooxyxyZ", "xyZ") as d, replace("/a/b", "/", "_") as e | limit 1';
    expect(rows(q)).toEqual([["a=foo", "b=hi", "c=fooxyZ", "d=xyZfoo", "e=_a_b"]]);
  });

  it("19: numeric functions and operators", () => {
    const q =
      "fields abs(-3) as a, ceil(2.1) as c, floor(2.9) as f, greatest(1, 5, 3) as g, least(1, 5, 3) as l, 10 % 3 as m, 2 ^ 3 as p | limit 1";
    expect(rows(q)).toEqual([["a=3", "c=3", "f=2", "g=5", "l=1", "m=1", "p=8"]]);
  });

  it("20: toMillis / datefloor / fromMillis", () => {
    expect(
      rows(
        "fields toMillis(@timestamp) as ms, datefloor(@timestamp, 1h) as hr | sort @timestamp asc | limit 1",
      ),
    ).toEqual([["ms=1704067205000", "hr=2024-01-01 00:00:00.000"]]);
    expect(rows("fields fromMillis(1704067205000) as t | limit 1")).toEqual([["t=2024-01-01 00:00:05.000"]]);
  });

  it("21: IP functions (booleans render as 1/0, BOOLEAN_RENDERING)", () => {
    const q =
      'fields isValidIpV4("10.0.0.1") as v4, isIpv4InSubnet("10.1.2.3", "10.0.0.0/8") as inside, isValidIp("300.1.1.1") as bad | limit 1';
    expect(rows(q)).toEqual([["v4=1", "inside=1", "bad=0"]]);
  });

  it("22: dedup keeps the newest per path and all rows with a missing path", () => {
    const r = run("sort @timestamp desc | dedup path");
    expect(r.rows.map((row) => row.find((f) => f.field === "@ptr")?.value)).toEqual([
      "ptr-e5",
      "ptr-e4",
      "ptr-e3",
      "ptr-e2",
    ]);
  });

  it("23: filter after stats applies to aggregated rows", () => {
    expect(rows("stats count(*) as c by bin(1m) | filter c > 1")).toEqual([
      ["bin(1m)=2024-01-01 00:00:00.000", "c=2"],
      ["bin(1m)=2024-01-01 00:01:00.000", "c=2"],
    ]);
  });

  it("24: chained stats", () => {
    expect(rows("stats count(*) as c by bin(1m) | stats avg(c) as per_min")).toEqual([
      ["per_min=1.6666666666666667"],
    ]);
  });

  it("25: only the last display shapes the output", () => {
    expect(rows('fields path, level | filter level = "INFO" | display path')).toEqual([
      ["path=/a"],
      ["path=/a"],
    ]);
  });

  it("26: @logStream and @log", () => {
    expect(rows('filter @logStream = "s1" | stats count(*) as n')).toEqual([["n=5"]]);
    expect(rows("fields @log | limit 1")).toEqual([["@log=123456789012:/demo/app"]]);
  });

  it("27: count(f) counts present values only", () => {
    expect(rows("stats count(latency) as with_latency, count(*) as all_rows")).toEqual([
      ["with_latency=4", "all_rows=5"],
    ]);
  });

  it("28: isempty", () => {
    expect(rows("filter isempty(path) | stats count(*) as n")).toEqual([["n=1"]]);
  });

  it("29: a query ending in `sort` is malformed, located at the end of the text", () => {
    const q = "fields @message | sort";
    let caught: unknown;
    try {
      parseQuery(q);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(LogsQuerySyntaxError);
    const e = caught as LogsQuerySyntaxError;
    expect(e.startCharOffset).toBe(q.length);
    expect(e.endCharOffset).toBe(q.length);
    expect(e.message).toContain("<EOF>");
  });

  it("30: Grafana prefix query", () => {
    const r = run(
      "fields @timestamp,ltrim(@log) as __log__grafana_internal__,ltrim(@logStream) as __logstream__grafana_internal__|fields @message",
    );
    expect(r.fields).toEqual([
      "@timestamp",
      "__log__grafana_internal__",
      "__logstream__grafana_internal__",
      "@message",
    ]);
    expect(r.rows).toHaveLength(5);
    expect(r.rows[0]).toEqual([
      { field: "@timestamp", value: "2024-01-01 00:02:20.000" },
      { field: "__log__grafana_internal__", value: "123456789012:/demo/app" },
      { field: "__logstream__grafana_internal__", value: "s1" },
      { field: "@message", value: E5 },
      { field: "@ptr", value: "ptr-e5" },
    ]);
  });
});
