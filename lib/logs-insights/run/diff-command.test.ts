import { describe, expect, it } from "vitest";
import {
  comparisonWindow,
  compileQuery,
  LogsQuerySyntaxError,
  parseQuery,
  runQuery,
  validateQuery,
  type CompileOptions,
} from "../index";
import type { LogEvent, QueryResult } from "../types";
import { patternKey } from "./pattern-command";

const T0 = Date.UTC(2024, 0, 1, 10, 0, 0);
const HOUR = 3_600_000;
/** The query range StartQuery builds for startTime..endTime in seconds: [start, end + 999]. */
const OPTS: CompileOptions = { startTime: T0, endTime: T0 + HOUR + 999 };

function ev(ts: number, message: string, n: number): LogEvent {
  return { timestamp: ts, ingestionTime: ts, message, logStream: "s", logGroup: "g", ptr: `p${n}` };
}

// Query period: 3 ERROR, 2 DEBUG (new), 1 INFO. Comparison period: 1 ERROR, 2 INFO, 1 WARN (gone).
const CURRENT = [
  "ERROR request 17 failed",
  "DEBUG cache miss",
  "ERROR request 18 failed",
  "INFO user u1 logged in",
  "ERROR request 19 failed",
  "DEBUG cache miss",
].map((m, i) => ev(T0 + i * 60_000, m, i));
const PREVIOUS = [
  "INFO user u7 logged in",
  "ERROR request 3 failed",
  "WARN disk 91% full",
  "INFO user u8 logged in",
].map((m, i) => ev(T0 - HOUR + i * 60_000, m, 100 + i));

/** Rows without @tokens (a JSON array), as `field=value` lists. */
function rows(r: QueryResult): string[][] {
  return r.rows.map((row) => row.filter((f) => f.field !== "@tokens").map((f) => `${f.field}=${f.value}`));
}

function syntaxError(q: string): LogsQuerySyntaxError {
  try {
    compileQuery(parseQuery(q), OPTS);
  } catch (err) {
    if (err instanceof LogsQuerySyntaxError) return err;
    throw err;
  }
  throw new Error("expected a syntax error");
}

describe("comparison window", () => {
  it("previous period: the equal-length range right before", () => {
    expect(comparisonWindow("previousPeriod", T0, T0 + HOUR + 999)).toEqual({
      startTime: T0 - HOUR - 1000,
      endTime: T0 - 1,
    });
  });

  it("previous day / week: the same range shifted", () => {
    expect(comparisonWindow("previousDay", T0, T0 + HOUR)).toEqual({
      startTime: T0 - 86_400_000,
      endTime: T0 - 86_400_000 + HOUR,
    });
    expect(comparisonWindow("previousWeek", T0, T0 + 999)).toEqual({
      startTime: T0 - 7 * 86_400_000,
      endTime: T0 - 7 * 86_400_000 + 999,
    });
  });

  it("previous month: one calendar month earlier, the day clamped, the length kept", () => {
    const start = Date.UTC(2024, 2, 31, 10, 30, 15, 250);
    expect(comparisonWindow("previousMonth", start, start + 2 * HOUR)).toEqual({
      startTime: Date.UTC(2024, 1, 29, 10, 30, 15, 250),
      endTime: Date.UTC(2024, 1, 29, 12, 30, 15, 250),
    });
    const jan = Date.UTC(2024, 0, 15);
    expect(comparisonWindow("previousMonth", jan, jan + HOUR).startTime).toBe(Date.UTC(2023, 11, 15));
  });

  it("compileQuery tells which period to feed", () => {
    expect(compileQuery(parseQuery("pattern @message | diff previousWeek"), OPTS).comparison).toEqual({
      against: "previousWeek",
      window: { startTime: T0 - 7 * 86_400_000, endTime: T0 - 7 * 86_400_000 + HOUR + 999 },
    });
    expect(compileQuery(parseQuery("pattern @message | diff")).comparison).toEqual({
      against: "previousPeriod",
      window: null,
    });
    expect(compileQuery(parseQuery("pattern @message"), OPTS).comparison).toBeNull();
  });
});

describe("diff", () => {
  const EXPECTED = [
    [
      "@pattern=ERROR request <*> failed",
      "@ratio=0.5",
      "@sampleCount=3",
      "@severityLabel=ERROR",
      "@previousRatio=0.25",
      "@previousSampleCount=1",
      "@diff=2",
      "@changeType=INCREASED",
    ],
    [
      "@pattern=DEBUG cache miss",
      "@ratio=0.3333333333333333",
      "@sampleCount=2",
      "@severityLabel=DEBUG",
      "@previousRatio=0",
      "@previousSampleCount=0",
      "@diff=2",
      "@changeType=NEW",
    ],
    [
      "@pattern=INFO user <*> logged in",
      "@ratio=0.16666666666666666",
      "@sampleCount=1",
      "@severityLabel=INFO",
      "@previousRatio=0.5",
      "@previousSampleCount=2",
      "@diff=-1",
      "@changeType=DECREASED",
    ],
    [
      "@pattern=WARN disk <*> full",
      "@ratio=0",
      "@sampleCount=0",
      "@severityLabel=WARN",
      "@previousRatio=0.25",
      "@previousSampleCount=1",
      "@diff=-1",
      "@changeType=GONE",
    ],
  ];

  it("joins the patterns of both periods, largest change first", () => {
    const r = runQuery("pattern @message | diff", CURRENT, OPTS, PREVIOUS);
    expect(r.fields).toEqual([
      "@pattern",
      "@ratio",
      "@sampleCount",
      "@severityLabel",
      "@tokens",
      "@visualization",
      "@previousRatio",
      "@previousSampleCount",
      "@diff",
      "@changeType",
    ]);
    expect(rows(r)).toEqual(EXPECTED);
    expect(r.rows[3]?.find((f) => f.field === "@tokens")?.value).toBe('["WARN","disk","<*>","full"]');
  });

  it("statistics: scanned and bytes cover both periods, matched only the query period", () => {
    const r = runQuery(
      "filter @message like /ERROR|WARN/ | pattern @message | diff",
      CURRENT,
      OPTS,
      PREVIOUS,
    );
    expect(rows(r).map((row) => [row[0], row[6], row[7]])).toEqual([
      ["@pattern=ERROR request <*> failed", "@diff=2", "@changeType=INCREASED"],
      ["@pattern=WARN disk <*> full", "@diff=-1", "@changeType=GONE"],
    ]);
    const bytes = [...CURRENT, ...PREVIOUS].reduce((n, e) => n + e.message.length + 26, 0);
    expect(r.statistics).toEqual({ recordsMatched: 3, recordsScanned: 10, bytesScanned: bytes });
  });

  it("incremental: comparison batches interleaved with query batches, snapshots on the way", () => {
    const run = compileQuery(parseQuery("pattern @message | diff"), OPTS).run();
    expect(run.comparisonDone).toBe(false);
    run.feed(CURRENT.slice(0, 3));
    run.feedComparison(PREVIOUS.slice(0, 2));
    expect(rows(run.snapshot())[0]).toEqual([
      "@pattern=ERROR request <*> failed",
      "@ratio=0.6666666666666666",
      "@sampleCount=2",
      "@severityLabel=ERROR",
      "@previousRatio=0.5",
      "@previousSampleCount=1",
      "@diff=1",
      "@changeType=INCREASED",
    ]);
    run.feed(CURRENT.slice(3));
    run.feedComparison(PREVIOUS.slice(2));
    expect(rows(run.finish())).toEqual(EXPECTED);
    expect(run.comparisonDone).toBe(true);
    expect(compileQuery(parseQuery("pattern @message")).run().comparisonDone).toBe(true);
  });

  it("later commands see the diff fields; a pattern after a sort works too", () => {
    const sorted = runQuery("pattern @message | diff | sort @diff asc | limit 1", CURRENT, OPTS, PREVIOUS);
    expect(rows(sorted)).toEqual([EXPECTED[2]]);
    const filtered = runQuery(
      'pattern @message | diff | filter @changeType = "NEW"',
      CURRENT,
      OPTS,
      PREVIOUS,
    );
    expect(rows(filtered)).toEqual([EXPECTED[1]]);
    const late = runQuery("sort @timestamp asc | pattern @message | diff", CURRENT, OPTS, PREVIOUS);
    expect(rows(late)).toEqual(EXPECTED);
  });

  it("without comparison events every pattern is new", () => {
    const r = runQuery("pattern @message | diff previousDay", CURRENT, OPTS);
    expect(rows(r).map((row) => row[7])).toEqual(["@changeType=NEW", "@changeType=NEW", "@changeType=NEW"]);
  });

  it("diff must directly follow pattern, once", () => {
    const q = 'filter @message like "x" | diff';
    const e = syntaxError(q);
    expect(e.message).toBe("Diff compilation Failed : Diff operation has to be used after Pattern");
    expect([e.startCharOffset, e.endCharOffset]).toEqual([q.indexOf("diff"), q.length - 1]);
    expect(syntaxError("pattern @message | sort @sampleCount desc | diff").message).toContain(
      "after Pattern",
    );
    expect(syntaxError("stats count(*) by @logStream | diff").message).toContain("after Pattern");
    expect(syntaxError("pattern @message | diff | pattern @pattern | diff").message).toBe(
      "Diff compilation Failed : Diff operation can only be used once",
    );
    expect(validateQuery("pattern @message | diff previousMonth")).toEqual({
      ok: true,
      sources: [],
      aggregated: true,
    });
    expect(validateQuery("diff")).toMatchObject({
      ok: false,
      error: { startCharOffset: 0, endCharOffset: 3 },
    });
  });
});

describe("pattern key", () => {
  it("matches the token definition: split on any whitespace, tokens with a digit become <*>", () => {
    const reference = (t: string) =>
      t
        .trim()
        .split(/\s+/)
        .map((x) => (/\d/.test(x) ? "<*>" : x))
        .join(" ");
    const samples = [
      "",
      "   ",
      "ERROR  request 17\tfailed\n",
      "\u00a0lead\u2003em\u3000ideographic trail\u2028",
      "ord-abc ord-1bc x9 ９ full-width-digit",
      "\tat com.example.Foo.bar(Foo.java:42)\n\t... 3 more",
    ];
    for (const s of samples) expect(patternKey(s)).toBe(reference(s));
  });
});
