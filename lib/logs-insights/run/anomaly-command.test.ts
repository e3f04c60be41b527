import { describe, expect, it } from "vitest";
import { compileQuery, LogsQuerySyntaxError, parseQuery, runQuery, type CompileOptions } from "../index";
import type { LogEvent, QueryResult } from "../types";
import { periodLabel } from "./anomaly-command";
import { detectAnomaly } from "./anomaly-detect";
import { bucketConfig, bucketSizeFor } from "./pattern-layout";

const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);
const MIN = 60_000;
/** Ten one-minute buckets. */
const OPTS: CompileOptions = { startTime: T0, endTime: T0 + 10 * MIN - 1 };

/**
 * A heartbeat twice a minute (steady), one slow-query WARN a minute with a burst of 8 in minute 4, and an
 * ERROR that only appears in minutes 6 and 7 (6 a minute).
 */
function events(): LogEvent[] {
  const out: LogEvent[] = [];
  const add = (ts: number, message: string) =>
    out.push({
      timestamp: ts,
      ingestionTime: ts,
      message,
      logStream: "s",
      logGroup: "g",
      ptr: `p${out.length}`,
    });
  for (let m = 0; m < 10; m++) {
    const base = T0 + m * MIN;
    add(base + 10_000, `INFO heartbeat ${m * 2}`);
    add(base + 40_000, `INFO heartbeat ${m * 2 + 1}`);
    if (m === 4) for (let k = 0; k < 8; k++) add(base + k * 7_000, `WARN slow query ${200 + k} ms`);
    else add(base + 30_000, `WARN slow query ${100 + m} ms`);
    if (m === 6 || m === 7)
      for (let k = 0; k < 6; k++) add(base + k * 10_000, `ERROR payment timeout for order ${m}${k}`);
  }
  return out;
}

function rows(r: QueryResult): string[][] {
  return r.rows.map((row) => row.filter((f) => f.field !== "@tokens").map((f) => `${f.field}=${f.value}`));
}

const EXPECTED = [
  [
    "@pattern=ERROR payment timeout for order <*>",
    "@ratio=0.24489795918367346",
    "@sampleCount=12",
    "@severityLabel=ERROR",
    "@anomalyType=NEW_PATTERN",
    "@priority=HIGH",
    "@description=New pattern: 12 events between 2024-01-01 00:06:00.000 and 2024-01-01 00:07:50.000, up to 6 per 1m",
    "@firstSeen=2024-01-01 00:06:00.000",
    "@lastSeen=2024-01-01 00:07:50.000",
  ],
  [
    "@pattern=WARN slow query <*> ms",
    "@ratio=0.3469387755102041",
    "@sampleCount=17",
    "@severityLabel=WARN",
    "@anomalyType=PATTERN_FREQUENCY",
    "@priority=MEDIUM",
    "@description=Pattern frequency rose to 8 per 1m against a baseline of 1 per 1m " +
      "(8 events between 2024-01-01 00:04:00.000 and 2024-01-01 00:04:59.999)",
    "@firstSeen=2024-01-01 00:04:00.000",
    "@lastSeen=2024-01-01 00:04:59.999",
  ],
];

describe("anomaly detection on one pattern's histogram", () => {
  const h = (counts: number[]) => ({
    counts,
    startMs: T0,
    bucketMs: MIN,
    first: T0 + 5_000,
    last: T0 + 11 * MIN,
  });

  it("a burst above a robust baseline (median 1, spread 1, bar 5)", () => {
    expect(detectAnomaly(h([1, 0, 1, 1, 0, 1, 0, 1, 9, 8, 1, 0]))).toEqual({
      type: "PATTERN_FREQUENCY",
      score: 8,
      baseline: 1,
      peak: 9,
      events: 17,
      from: T0 + 8 * MIN,
      to: T0 + 10 * MIN - 1,
    });
  });

  it("a pattern absent from the first quarter that then appears", () => {
    expect(detectAnomaly(h([0, 0, 0, 0, 2, 3, 1, 0]))).toEqual({
      type: "NEW_PATTERN",
      score: 3,
      baseline: 0,
      peak: 3,
      events: 6,
      from: T0 + 5_000,
      to: T0 + 11 * MIN,
    });
  });

  it("nothing for steady, sparse or too short histograms", () => {
    expect(detectAnomaly(h([5, 6, 4, 5, 5, 6, 5, 4]))).toBeNull();
    expect(detectAnomaly(h([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]))).toBeNull();
    expect(detectAnomaly(h([0, 0, 9]))).toBeNull();
    // Above the bar (4) but too few events in the burst; not new (an event in the first quarter).
    expect(detectAnomaly(h([1, 0, 0, 0, 4, 0, 0, 0]))).toBeNull();
    expect(detectAnomaly(h([0, 0, 0, 0, 4, 0, 1, 0]))?.type).toBe("NEW_PATTERN");
  });

  it("bucket sizes: at most 60 buckets over the query range", () => {
    expect(bucketSizeFor(3_601_000)).toBe(MIN);
    expect(bucketSizeFor(3 * 3_600_000)).toBe(5 * MIN);
    expect(bucketSizeFor(86_400_000)).toBe(30 * MIN);
    expect(bucketSizeFor(30 * 86_400_000)).toBe(12 * 3_600_000);
    expect(bucketSizeFor(90 * 86_400_000)).toBe(2 * 86_400_000);
    expect(bucketConfig(T0, T0 + 3_600_999)).toEqual({ origin: T0, bucketMs: MIN, count: 61 });
    expect(bucketConfig(undefined, undefined)).toEqual({ origin: 0, bucketMs: MIN, count: null });
    expect([MIN, 30 * MIN, 2 * 3_600_000, 86_400_000, 30_000].map(periodLabel)).toEqual([
      "1m",
      "30m",
      "2h",
      "1d",
      "30s",
    ]);
  });
});

describe("anomaly", () => {
  it("flags the new ERROR pattern (HIGH) and the WARN burst (MEDIUM), not the heartbeat", () => {
    const r = runQuery("pattern @message | anomaly", events(), OPTS);
    expect(r.fields).toEqual([
      "@pattern",
      "@ratio",
      "@sampleCount",
      "@severityLabel",
      "@tokens",
      "@visualization",
      "@anomalyType",
      "@priority",
      "@description",
      "@firstSeen",
      "@lastSeen",
    ]);
    expect(rows(r)).toEqual(EXPECTED);
  });

  it("without a query range the observed minutes are the buckets", () => {
    expect(rows(runQuery("pattern @message | anomaly", events()))).toEqual(EXPECTED);
  });

  it("filters and sorts around it: before pattern, and on pattern rows", () => {
    const onlyWarn = runQuery('filter @message like "WARN" | pattern @message | anomaly', events(), OPTS);
    expect(rows(onlyWarn)).toEqual([
      (EXPECTED[1] ?? []).map((f) => (f.startsWith("@ratio=") ? "@ratio=1" : f)),
    ]);
    const big = runQuery(
      "pattern @message | filter @sampleCount > 15 | anomaly | sort @firstSeen desc",
      events(),
      OPTS,
    );
    expect(rows(big)).toEqual([EXPECTED[1]]);
    const sorted = runQuery("pattern @message | anomaly | sort @firstSeen desc", events(), OPTS);
    expect(rows(sorted)).toEqual(EXPECTED);
    const asc = runQuery(
      "pattern @message | anomaly | sort @firstSeen asc | display @pattern",
      events(),
      OPTS,
    );
    expect(rows(asc)).toEqual([
      ["@pattern=WARN slow query <*> ms"],
      ["@pattern=ERROR payment timeout for order <*>"],
    ]);
  });

  it("a range too short to have a baseline flags nothing", () => {
    const r = runQuery("pattern @message | anomaly", events(), {
      startTime: T0 + 6 * MIN,
      endTime: T0 + 9 * MIN - 1,
    });
    expect(r.rows).toEqual([]);
  });

  it("combines with diff: the diff fields and the anomaly fields", () => {
    const r = runQuery("pattern @message | diff | anomaly", events(), OPTS, []);
    expect(r.fields.slice(6)).toEqual([
      "@previousRatio",
      "@previousSampleCount",
      "@diff",
      "@changeType",
      "@anomalyType",
      "@priority",
      "@description",
      "@firstSeen",
      "@lastSeen",
    ]);
    expect(rows(r).map((row) => [row[0], row[7], row[8], row[9]])).toEqual([
      [
        "@pattern=ERROR payment timeout for order <*>",
        "@changeType=NEW",
        "@anomalyType=NEW_PATTERN",
        "@priority=HIGH",
      ],
      [
        "@pattern=WARN slow query <*> ms",
        "@changeType=NEW",
        "@anomalyType=PATTERN_FREQUENCY",
        "@priority=MEDIUM",
      ],
    ]);
  });

  it("needs the rows of a pattern command", () => {
    const fails = (q: string): string => {
      try {
        compileQuery(parseQuery(q), OPTS);
      } catch (err) {
        if (err instanceof LogsQuerySyntaxError) return err.message;
        throw err;
      }
      return "compiled";
    };
    const message = "Anomaly compilation Failed : Anomaly operation has to be used after Pattern";
    expect(fails("anomaly")).toBe(message);
    expect(fails("fields @message | anomaly")).toBe(message);
    expect(fails("pattern @message | stats count(*) as n by @severityLabel | anomaly")).toBe(message);
    expect(fails("pattern @message | sort @sampleCount desc | limit 5 | anomaly")).toBe("compiled");
  });
});
