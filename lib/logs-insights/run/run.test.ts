import { describe, expect, it } from "vitest";
import { compileQuery, parseQuery, runQuery, type CompileOptions } from "../index";
import type { LogEvent, QueryResult } from "../types";
import { BYTES_SCANNED_MEASURE } from "../semantics";
import { utf8Length } from "./query-run";

const T0 = Date.UTC(2024, 0, 1);

function makeEvents(count: number, seed = 7): LogEvent[] {
  let x = seed;
  const rnd = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const out: LogEvent[] = [];
  for (let i = 0; i < count; i++) {
    const ts = T0 + Math.floor(rnd() * 3_600_000);
    const level = rnd() < 0.2 ? "ERROR" : "INFO";
    out.push({
      timestamp: ts,
      ingestionTime: ts + 10,
      message: `${level} user=u${Math.floor(rnd() * 50)} took ${Math.floor(rnd() * 1000)} ms`,
      logStream: `s${i % 3}`,
      logGroup: "/bench",
      ptr: `p${i}`,
    });
  }
  return out;
}

function run(q: string, events: LogEvent[], opts: CompileOptions = {}): QueryResult {
  return runQuery(q, events, opts);
}

const ptrs = (r: QueryResult) => r.rows.map((row) => row.find((f) => f.field === "@ptr")?.value);

describe("incremental execution", () => {
  const events = makeEvents(5000);

  it("feeding in batches gives the same result as one feed, and snapshots do not disturb the run", () => {
    const q =
      'filter @message like /ERROR/ | parse @message "user=* took * ms" as user, ms | stats avg(ms) as a, count(*) as n by user | sort n desc, user asc';
    const whole = run(q, events);
    const r = compileQuery(parseQuery(q)).run();
    for (let i = 0; i < events.length; i += 700) {
      r.feed(events.slice(i, i + 700));
      const partial = r.snapshot();
      expect(partial.statistics.recordsScanned).toBe(Math.min(i + 700, events.length));
    }
    const final = r.finish();
    expect(final).toEqual(whole);
    r.feed(events);
    expect(r.finish().statistics.recordsScanned).toBe(events.length);
  });

  it("statistics: scanned, matched before aggregation, message size + per-event overhead", () => {
    const evs: LogEvent[] = [
      { timestamp: 1, ingestionTime: 1, message: "héllo", logStream: "s", logGroup: "g", ptr: "a" },
      { timestamp: 2, ingestionTime: 2, message: "plain", logStream: "s", logGroup: "g", ptr: "b" },
    ];
    expect(run('filter @message like "pl" | stats count(*)', evs).statistics).toEqual({
      recordsMatched: 1,
      recordsScanned: 2,
      bytesScanned: (BYTES_SCANNED_MEASURE === "utf8" ? 6 : 5) + 26 + 5 + 26,
    });
    expect(utf8Length("😀")).toBe(4);
  });

  it("limit any n stops scanning after n matches", () => {
    const r = compileQuery(parseQuery("filter @message like /ERROR/ | limit any 3")).run();
    r.feed(events);
    expect(r.done).toBe(true);
    const res = r.finish();
    expect(res.rows).toHaveLength(3);
    expect(res.statistics.recordsMatched).toBe(3);
    expect(res.statistics.recordsScanned).toBeLessThan(events.length);
  });
});

describe("ordering, limits and the bounded buffer", () => {
  const events = makeEvents(30000);

  it("non-aggregated results default to @timestamp descending", () => {
    const r = run("fields @timestamp | limit 50", events);
    const expected = [...events]
      .map((e, i) => ({ e, i }))
      .sort((a, b) => b.e.timestamp - a.e.timestamp || a.i - b.i)
      .slice(0, 50)
      .map((x) => x.e.ptr);
    expect(ptrs(r)).toEqual(expected);
  });

  it("the top-k buffer gives the same rows as sorting everything", () => {
    const q = 'parse @message "took * ms" as ms | sort ms asc | limit 100';
    const bounded = run(q, events);
    // A filter after the sort disables the bounded buffer; `filter 1` keeps every row.
    const full = run('parse @message "took * ms" as ms | sort ms asc | filter 1 | limit 100', events);
    expect(ptrs(bounded)).toEqual(ptrs(full));
    expect(bounded.rows).toHaveLength(100);
  });

  it("default row cap 10,000 (limitDefault), StartQuery limit, and limit commands", () => {
    expect(run("fields @timestamp", events).rows).toHaveLength(10_000);
    expect(run("fields @timestamp", events, { limitDefault: 123 }).rows).toHaveLength(123);
    expect(run("fields @timestamp", events, { apiLimit: 40 }).rows).toHaveLength(40);
    expect(run("fields @timestamp | limit 20000", events).rows).toHaveLength(20_000);
    expect(run("fields @timestamp | limit 20000", events, { apiLimit: 15 }).rows).toHaveLength(15);
    expect(run("fields @timestamp | limit 5 | limit 8", events).rows).toHaveLength(5);
  });
});

describe("projection", () => {
  const evs: LogEvent[] = [
    {
      timestamp: T0,
      ingestionTime: T0,
      message: "[WARN] disk 91%",
      logStream: "s",
      logGroup: "g",
      ptr: "p1",
    },
  ];

  it("default projection: @timestamp, @message, parsed fields, then @ptr", () => {
    expect(run('parse @message "[*] *" as lvl, rest', evs).rows[0]?.map((f) => f.field)).toEqual([
      "@timestamp",
      "@message",
      "lvl",
      "rest",
      "@ptr",
    ]);
  });

  it("several fields commands form a union in order; display replaces it", () => {
    const r = run('fields @message | parse @message "[*] *" as lvl, rest | fields strlen(rest) as len', evs);
    expect(r.fields).toEqual(["@message", "lvl", "rest", "len"]);
    expect(run("fields a, b | display @logStream", evs).fields).toEqual(["@logStream"]);
  });

  it("aggregated rows carry no @ptr", () => {
    expect(run("stats count(*)", evs).rows).toEqual([[{ field: "count(*)", value: "1" }]]);
  });

  it("fields with a missing value are omitted from the row", () => {
    expect(run("fields nothing, @logStream", evs).rows[0]).toEqual([
      { field: "@logStream", value: "s" },
      { field: "@ptr", value: "p1" },
    ]);
  });
});

describe("pattern, fillmissing, dedup, filterIndex", () => {
  const evs: LogEvent[] = [0, 1, 2, 3].map((i) => ({
    timestamp: T0 + i * 60_000 * (i === 3 ? 2 : 1),
    ingestionTime: 0,
    message: i % 2 === 0 ? `ERROR request ${i} failed after ${i * 10} ms` : `INFO user u${i} logged in`,
    logStream: "s",
    logGroup: "g",
    ptr: `p${i}`,
  }));

  it("pattern clusters variable tokens", () => {
    const r = run("pattern @message", evs);
    expect(r.fields).toEqual([
      "@pattern",
      "@ratio",
      "@sampleCount",
      "@severityLabel",
      "@tokens",
      "@visualization",
    ]);
    expect(r.rows.map((row) => row.slice(0, 4).map((f) => f.value))).toEqual([
      ["ERROR request <*> failed after <*> ms", "0.5", "2", "ERROR"],
      ["INFO user <*> logged in", "0.5", "2", "INFO"],
    ]);
  });

  it("fillmissing adds empty bins over the query range", () => {
    const r = run("stats count(*) as n by bin(1m) | fillmissing", evs, {
      startTime: T0,
      endTime: T0 + 5 * 60_000,
    });
    expect(r.rows.map((row) => row.map((f) => f.value).join(" "))).toEqual([
      "2024-01-01 00:00:00.000 1",
      "2024-01-01 00:01:00.000 1",
      "2024-01-01 00:02:00.000 1",
      "2024-01-01 00:03:00.000 0",
      "2024-01-01 00:04:00.000 0",
      "2024-01-01 00:05:00.000 0",
      "2024-01-01 00:06:00.000 1",
    ]);
  });

  it("fillmissing with explicit values only fills the named fields", () => {
    const r = run("stats count(*) as n, avg(@timestamp) as a by bin(1m) | fillmissing with -1 for n", evs);
    const filled = r.rows.find((row) => row[0]?.value === "2024-01-01 00:03:00.000");
    expect(filled).toEqual([
      { field: "bin(1m)", value: "2024-01-01 00:03:00.000" },
      { field: "n", value: "-1" },
    ]);
  });

  it("dedup may only be followed by limit", () => {
    expect(run("dedup @logStream | limit 1", evs).rows).toHaveLength(1);
    expect(() => run("dedup @logStream | fields @message", evs)).toThrow(
      "Only the limit command can follow dedup",
    );
  });

  it("filterIndex acts as an equality filter; unmask is accepted", () => {
    expect(run('filterIndex @logStream = "s" | unmask @message | stats count(*) as n', evs).rows).toEqual([
      [{ field: "n", value: "4" }],
    ]);
  });
});
