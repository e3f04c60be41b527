import { describe, expect, it } from "vitest";
import { runQuery } from "../index";
import type { LogEvent } from "../types";
import { Percentile, StdDev } from "./accumulators";

function events(values: Array<Record<string, unknown>>): LogEvent[] {
  return values.map((v, i) => ({
    timestamp: 1_700_000_000_000 + i * 1000,
    ingestionTime: 0,
    message: JSON.stringify(v),
    logStream: "s",
    logGroup: "/g",
    ptr: `p${i}`,
  }));
}

function table(q: string, evs: LogEvent[]): string[][] {
  return runQuery(q, evs).rows.map((r) => r.map((f) => `${f.field}=${f.value}`));
}

const DATA = events([
  { host: "a", ms: 10, code: "200" },
  { host: "b", ms: 20, code: "500" },
  { host: "a", ms: 30, code: "200" },
  { host: "a", ms: "40", code: "404" },
  { host: "b", code: "200" },
  { host: "c", ms: "n/a" },
]);

describe("stats", () => {
  it("every aggregation function", () => {
    const q =
      "stats count(*) as n, count(ms) as withMs, count_distinct(code) as codes, sum(ms) as s, avg(ms) as a, min(ms) as lo, max(ms) as hi, stddev(ms) as sd, pct(ms, 75) as p75, percentile(ms, 100) as p100, earliest(host) as e, latest(host) as l, sortsFirst(code) as sf, sortsLast(code) as sl";
    expect(table(q, DATA)).toEqual([
      [
        "n=6",
        "withMs=5",
        "codes=3",
        "s=100",
        "a=25",
        "lo=10",
        "hi=40",
        `sd=${Math.sqrt(500 / 3)}`,
        "p75=30",
        "p100=40",
        "e=a",
        "l=c",
        "sf=200",
        "sl=500",
      ],
    ]);
  });

  it("groups by several keys, named by their text, in first-seen order (STATS_ROW_ORDER_WITHOUT_SORT)", () => {
    expect(table("filter ispresent(code) | stats count(*) by host, code", DATA)).toEqual([
      ["host=a", "code=200", "count(*)=2"],
      ["host=b", "code=500", "count(*)=1"],
      ["host=a", "code=404", "count(*)=1"],
      ["host=b", "code=200", "count(*)=1"],
    ]);
  });

  it("items may combine aggregates and refer to earlier aliases", () => {
    expect(
      table(
        "stats sum(ms) as total, count(ms) as n, total / n as mean, sum(ms) / count(*) * 2 as x by host | sort host",
        DATA,
      ),
    ).toEqual([
      // "n/a" is present (count) but not numeric (sum): total and everything derived from it are missing.
      ["host=c", "n=1"],
      ["host=b", "total=20", "n=1", "mean=20", "x=20"],
      ["host=a", "total=80", "n=3", "mean=26.666666666666668", "x=53.333333333333336"],
    ]);
  });

  it("sorting and filtering by an unaliased aggregate's text", () => {
    expect(table("stats count(*) by host | sort count(*) desc | filter count(*) > 1", DATA)).toEqual([
      ["host=a", "count(*)=3"],
      ["host=b", "count(*)=2"],
    ]);
  });

  it("group key expressions and aliases, including bin() with an alias", () => {
    expect(table("stats count(*) as n by tolower(host) as h, bin(1h) as t | sort h | limit 1", DATA)).toEqual(
      [["h=c", "t=2023-11-14 22:00:00.000", "n=1"]],
    );
  });

  it("min/max/earliest of @timestamp stay dates", () => {
    expect(table("stats min(@timestamp) as first, max(@timestamp) as last", DATA)).toEqual([
      ["first=2023-11-14 22:13:20.000", "last=2023-11-14 22:13:25.000"],
    ]);
  });

  it("stats without by over no matching event returns no row (EMPTY_UNGROUPED_STATS_EMITS_ROW)", () => {
    expect(table('filter host = "zzz" | stats count(*) as n', DATA)).toEqual([]);
  });

  it("fields after stats extend the output; fields before stats do not", () => {
    expect(
      table(
        "fields host | stats count(*) as n by host | fields n * 10 as tenfold | sort host asc | limit 1",
        DATA,
      ),
    ).toEqual([["host=a", "n=3", "tenfold=30"]]);
  });

  it("stats in the table phase (after sort) aggregates the sorted rows", () => {
    expect(table("sort ms desc | stats count(*) as n", DATA)).toEqual([["n=6"]]);
  });

  it("compile errors", () => {
    expect(() => runQuery("stats count(*), host", DATA)).toThrow("must be aggregated");
    expect(() => runQuery("stats avg(*)", DATA)).toThrow("mismatched input '*'");
    expect(() => runQuery("stats pct(ms)", DATA)).toThrow("expects 2");
    expect(() => runQuery("stats max(min(ms))", DATA)).toThrow("cannot be nested");
    expect(() => runQuery("stats count(*) by count(*)", DATA)).toThrow("can only be used in stats");
  });
});

describe("accumulators", () => {
  it("stddev is the sample deviation (STDDEV_KIND) and 0 for one value", () => {
    const s = new StdDev();
    for (const v of [2, 4, 4, 4, 5, 5, 7, 9]) s.add(v);
    expect(s.result()).toBeCloseTo(2.138089935299395, 12);
    const one = new StdDev();
    one.add(3);
    expect(one.result()).toBe(0);
  });

  it("percentile: nearest rank, results stable across repeated reads and later adds", () => {
    const p = new Percentile(50);
    for (const v of [5, 1, 4, 2, 3]) p.add(v);
    expect(p.result()).toBe(3);
    expect(p.result()).toBe(3);
    p.add(0);
    expect(p.result()).toBe(2);
    for (let i = 0; i < 100; i++) p.add(100 + i);
    expect(p.result()).toBe(100 + 46);
  });
});
