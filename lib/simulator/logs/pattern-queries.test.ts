// `pattern | diff` and `pattern | anomaly` through the real SDK client: the job reads the comparison period
// the engine asks for, and the demo world's checkout error burst (11:15-11:27 UTC) surfaces as an anomaly.

import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetQueryResultsCommand,
  PutLogEventsCommand,
  StartQueryCommand,
  type GetQueryResultsCommandOutput,
  type ResultField,
  type StartQueryCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, sleep, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = () => new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true }));
const NOW_S = TEST_NOW / 1000;
const HOUR_MS = 3_600_000;
const GROUP = "/test/pattern-diff";
const WEB = "/watchwall/shop/production/web";
const CHECKOUT = "/aws/lambda/shop-checkout";

type Row = ResultField[];

function field(row: Row | undefined, name: string): string | undefined {
  return row?.find((f) => f.field === name)?.value;
}

/** Starts a query over the last hour (by default) and polls GetQueryResults until a terminal status. */
async function run(input: Partial<StartQueryCommandInput>): Promise<GetQueryResultsCommandOutput> {
  const { queryId } = await logs().send(
    new StartQueryCommand({ startTime: NOW_S - 3600, endTime: NOW_S - 1, queryString: "", ...input }),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const out = await logs().send(new GetQueryResultsCommand({ queryId }));
    if (out.status !== "Scheduled" && out.status !== "Running") return out;
    if (Date.now() > deadline) throw new Error(`query still ${out.status}`);
    await sleep(20);
  }
}

function rowWith(out: GetQueryResultsCommandOutput, text: string): Row | undefined {
  return out.results?.find((r) => field(r, "@pattern")?.includes(text));
}

beforeAll(async () => {
  bed = await startLogsTestBed({ queries: { scheduleDelayMs: 20, sliceBudgetMs: 4 } });
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "s1" }));
  // Comparison period of the last hour: [now - 2h, now - 1h). One event just before it does not count.
  const before = TEST_NOW - 2 * HOUR_MS;
  const messages: Array<[number, string]> = [
    [before - 1, "WARN disk 92% full"],
    [before + 1_000, "INFO user u1 logged in"],
    [before + 2_000, "WARN disk 91% full"],
    [before + 3_000, "INFO user u2 logged in"],
    [TEST_NOW - HOUR_MS + 1_000, "ERROR request 17 failed"],
    [TEST_NOW - HOUR_MS + 2_000, "INFO user u3 logged in"],
    [TEST_NOW - 1_000, "ERROR request 18 failed"],
  ];
  await logs().send(
    new PutLogEventsCommand({
      logGroupName: GROUP,
      logStreamName: "s1",
      logEvents: messages.map(([timestamp, message]) => ({ timestamp, message })),
    }),
  );
});
afterAll(() => bed.sim.close());

describe("pattern | diff", () => {
  it("compares with the previous period of equal length (put events, exact rows)", async () => {
    const out = await run({ logGroupName: GROUP, queryString: "pattern @message | diff" });
    expect(out.status).toBe("Complete");
    const rows = (out.results ?? []).map((r) =>
      r.filter((f) => f.field !== "@tokens").map((f) => `${f.field}=${f.value}`),
    );
    expect(rows).toEqual([
      [
        "@pattern=ERROR request <*> failed",
        "@ratio=0.6666666666666666",
        "@sampleCount=2",
        "@severityLabel=ERROR",
        "@previousRatio=0",
        "@previousSampleCount=0",
        "@diff=2",
        "@changeType=NEW",
      ],
      [
        "@pattern=INFO user <*> logged in",
        "@ratio=0.3333333333333333",
        "@sampleCount=1",
        "@severityLabel=INFO",
        "@previousRatio=0.6666666666666666",
        "@previousSampleCount=2",
        "@diff=-1",
        "@changeType=DECREASED",
      ],
      [
        "@pattern=WARN disk <*> full",
        "@ratio=0",
        "@sampleCount=0",
        "@severityLabel=WARN",
        "@previousRatio=0.3333333333333333",
        "@previousSampleCount=1",
        "@diff=-1",
        "@changeType=GONE",
      ],
    ]);
    expect(out.statistics).toMatchObject({ recordsMatched: 3, recordsScanned: 6 });
  });

  it("demo web logs: the payment-timeout pattern of the burst is new against the hour before", async () => {
    const out = await run({ logGroupName: WEB, queryString: "pattern @message | diff" });
    expect(out.status).toBe("Complete");
    const timeouts = rowWith(out, "Payment authorization failed");
    expect(field(timeouts, "@changeType")).toBe("NEW");
    expect(field(timeouts, "@previousSampleCount")).toBe("0");
    expect(Number(field(timeouts, "@diff"))).toBeGreaterThan(20);
    const orders = rowWith(out, "placed:");
    expect(Number(field(orders, "@previousSampleCount"))).toBeGreaterThan(500);
    const s = out.statistics ?? {};
    expect(s.recordsScanned).toBeGreaterThan((s.recordsMatched ?? 0) * 1.5);
  });

  it("diff previousDay: the burst recurs daily, so the timeout pattern exists on both days", async () => {
    const out = await run({ logGroupName: CHECKOUT, queryString: "pattern @message | diff previousDay" });
    const timeouts = rowWith(out, "PaymentProviderTimeout");
    expect(Number(field(timeouts, "@sampleCount"))).toBeGreaterThan(20);
    expect(Number(field(timeouts, "@previousSampleCount"))).toBeGreaterThan(20);
  });

  it("diff previousMonth: the comparison period is past the 30-day retention, so every pattern is new", async () => {
    const out = await run({ logGroupName: CHECKOUT, queryString: "pattern @message | diff previousMonth" });
    expect(out.status).toBe("Complete");
    expect(new Set(out.results?.map((r) => field(r, "@changeType")))).toEqual(new Set(["NEW"]));
    expect(out.statistics?.recordsScanned).toBe(out.statistics?.recordsMatched);
  });

  it("diff without a preceding pattern is a MalformedQueryException", async () => {
    const queryString = "filter @message like /ERROR/ | diff";
    const err = await errorOf(
      logs().send(new StartQueryCommand({ logGroupName: GROUP, startTime: 0, endTime: NOW_S, queryString })),
    );
    expect(err.name).toBe("MalformedQueryException");
    expect(err.queryCompileError).toEqual({
      location: { startCharOffset: queryString.indexOf("diff"), endCharOffset: queryString.length - 1 },
      message: "Diff compilation Failed : Diff operation has to be used after Pattern",
    });
  });
});

describe("pattern | anomaly", () => {
  it("flags the checkout error burst in the shop's web logs, and nothing steady", async () => {
    const out = await run({
      logGroupName: WEB,
      startTime: NOW_S - 3600,
      endTime: NOW_S,
      queryString: "pattern @message | anomaly",
    });
    expect(out.status).toBe("Complete");
    const burst = rowWith(out, "Payment authorization failed");
    expect(burst?.map((f) => f.field)).toEqual([
      "@pattern",
      "@ratio",
      "@sampleCount",
      "@severityLabel",
      "@tokens",
      "@anomalyType",
      "@priority",
      "@description",
      "@firstSeen",
      "@lastSeen",
    ]);
    expect(field(burst, "@priority")).toBe("HIGH");
    expect(field(burst, "@severityLabel")).toBe("ERROR");
    expect(["NEW_PATTERN", "PATTERN_FREQUENCY"]).toContain(field(burst, "@anomalyType"));
    expect(field(burst, "@firstSeen")?.slice(0, 16)).toMatch(/^2026-06-01 11:(1[5-9]|2[0-7])$/);
    expect(field(burst, "@lastSeen")?.slice(0, 16)).toMatch(/^2026-06-01 11:(1[5-9]|2[0-7])$/);
    expect(rowWith(out, "Pool stats")).toBeUndefined();
    expect(rowWith(out, "placed:")).toBeUndefined();
  });

  it("flags the failing invocations in the shop-checkout Lambda logs", async () => {
    const out = await run({
      logGroupName: CHECKOUT,
      queryString: "pattern @message | anomaly | sort @firstSeen desc",
    });
    const failures = rowWith(out, "PaymentProviderTimeout");
    expect(field(failures, "@priority")).toBe("HIGH");
    expect(field(failures, "@description")).toMatch(/per 1m/);
    expect(rowWith(out, "START RequestId")).toBeUndefined();
  });

  it("an hour without incidents has no anomalies", async () => {
    const out = await run({
      logGroupName: WEB,
      startTime: NOW_S - 3 * 3600,
      endTime: NOW_S - 2 * 3600 - 1,
      queryString: "pattern @message | anomaly",
    });
    expect(out.status).toBe("Complete");
    expect(out.results).toEqual([]);
    expect(out.statistics?.recordsMatched).toBeGreaterThan(1000);
  });
});
