import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetLogRecordCommand,
  PutLogEventsCommand,
  type GetQueryResultsCommandOutput,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, type ClientOptions } from "@/lib/simulator/core/test-support";
import {
  errorOf,
  queryRunner,
  resultField,
  startLogsTestBed,
  TEST_NOW,
  type LogsTestBed,
} from "./test-support";

let bed: LogsTestBed;
const logs = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true, ...o }));
const GROUP = "/test/queries";
const NOW_S = TEST_NOW / 1000;
const ALB = "/watchwall/alb/prod-web-alb/access-logs";

const { start, results, poll, run } = queryRunner(logs, { logGroupName: GROUP });

beforeAll(async () => {
  bed = await startLogsTestBed({ queries: { scheduleDelayMs: 150, sliceBudgetMs: 2 } });
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "s1" }));
  const base = (NOW_S - 600) * 1000;
  await logs().send(
    new PutLogEventsCommand({
      logGroupName: GROUP,
      logStreamName: "s1",
      logEvents: [
        { timestamp: base - 1, message: '{"level":"INFO","status":200,"path":"/before"}' },
        {
          timestamp: base,
          message: '{"level":"INFO","status":200,"latency":120,"path":"/a","user":{"id":"u1"}}',
        },
        { timestamp: base + 999, message: '{"level":"ERROR","status":500,"latency":900,"path":"/b"}' },
        { timestamp: base + 1000, message: '{"level":"WARN","status":404,"latency":30,"path":"/c"}' },
        { timestamp: base + 5000, message: "2026-06-01T11:50:05Z [ERROR] db timeout after 3000 ms" },
      ],
    }),
  );
});
afterAll(() => bed.sim.close());

describe("StartQuery / GetQueryResults", () => {
  it("progresses Scheduled → Running (partial results, growing statistics) → Complete on a large query", async () => {
    const queryId = await start({
      logGroupName: ALB,
      startTime: NOW_S - 2 * 3600,
      endTime: NOW_S - 1,
      queryString: "stats count(*) as n by bin(5m)",
    });
    const seen = await poll(queryId, 10);
    const statuses = seen.map((s) => s.status);
    expect(statuses[0]).toBe("Scheduled");
    expect(statuses[statuses.length - 1]).toBe("Complete");
    const running = seen.filter((s) => s.status === "Running");
    expect(running.length).toBeGreaterThan(1);
    const final = seen[seen.length - 1] as GetQueryResultsCommandOutput;
    const total = final.statistics?.recordsScanned ?? 0;
    expect(total).toBeGreaterThan(100_000);
    const partial = running.find(
      (s) => (s.statistics?.recordsScanned ?? 0) > 0 && (s.results?.length ?? 0) > 0,
    );
    expect(partial?.statistics?.recordsScanned).toBeLessThan(total);
    expect(partial?.results?.length).toBeLessThanOrEqual(24);
    const scanned = seen.map((s) => s.statistics?.recordsScanned ?? 0);
    expect([...scanned].sort((a, b) => a - b)).toEqual(scanned);
    expect(final.results).toHaveLength(24);
    const counted = (final.results ?? []).reduce((sum, row) => sum + Number(resultField(row, "n")), 0);
    expect(counted).toBe(total);
    expect(final.statistics).toMatchObject({ recordsMatched: total, logGroupsScanned: 1 });
    expect(final.statistics?.bytesScanned).toBeGreaterThan(total * 400);
    expect(final.queryLanguage).toBe("CWLI");
  });

  it("uses an inclusive range in seconds and returns rows newest first with @ptr", async () => {
    const from = NOW_S - 600;
    const out = await run({ startTime: from, endTime: from, queryString: "fields @timestamp, path" });
    expect(out.results?.map((r) => resultField(r, "path"))).toEqual(["/b", "/a"]);
    expect(out.results?.[0]?.map((f) => f.field)).toEqual(["@timestamp", "path", "@ptr"]);
    expect(resultField(out.results?.[0], "@timestamp")).toBe("2026-06-01 11:50:00.999");
    expect(out.statistics).toMatchObject({ recordsScanned: 2, recordsMatched: 2 });
  });

  it("includes put events stamped up to two hours ahead when the range covers them", async () => {
    await logs().send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: "s1",
        logEvents: [{ timestamp: TEST_NOW + 3_600_000, message: '{"level":"INFO","path":"/future"}' }],
      }),
    );
    const out = await run({ startTime: NOW_S, endTime: NOW_S + 7200, queryString: "fields path" });
    expect(out.results?.map((r) => resultField(r, "path"))).toEqual(["/future"]);
  });

  it("runs aggregations and filters over put events (worked examples of the spec)", async () => {
    const errors = await run({ queryString: "filter status >= 400 | stats count(*) as errors" });
    expect(errors.results).toEqual([[{ field: "errors", value: "2" }]]);
    const byLevel = await run({
      queryString: "filter ispresent(level) | stats count(*) as n by level | sort level asc",
    });
    expect(byLevel.results?.map((r) => `${resultField(r, "level")}=${resultField(r, "n")}`)).toEqual([
      "ERROR=1",
      "INFO=2",
      "WARN=1",
    ]);
    const parsed = await run({
      queryString:
        'parse @message "[*] * after * ms" as lvl, what, ms | filter ispresent(lvl) | display lvl, what, ms',
    });
    expect(parsed.results?.map((r) => r.filter((f) => f.field !== "@ptr"))).toEqual([
      [
        { field: "lvl", value: "ERROR" },
        { field: "what", value: "db timeout" },
        { field: "ms", value: "3000" },
      ],
    ]);
  });

  it("applies the smaller of the limit parameter and the limit command, and pages results", async () => {
    const limited = await run({ queryString: "fields @message | limit 4", limit: 2 });
    expect(limited.results).toHaveLength(2);
    const queryId = await start({
      logGroupName: ALB,
      startTime: NOW_S - 120,
      endTime: NOW_S,
      queryString: "fields @message | limit 25",
    });
    await poll(queryId);
    const first = await results(queryId, { maxItems: 10 });
    expect(first.results).toHaveLength(10);
    const second = await results(queryId, { maxItems: 10, nextToken: first.nextToken });
    const third = await results(queryId, { maxItems: 10, nextToken: second.nextToken });
    expect(third.results).toHaveLength(5);
    expect(third.nextToken).toBeUndefined();
    const ptrs = new Set(
      [...(first.results ?? []), ...(second.results ?? []), ...(third.results ?? [])].map((r) =>
        resultField(r, "@ptr"),
      ),
    );
    expect(ptrs.size).toBe(25);
  });

  it("sees put events in demo groups immediately, merged with the generated ones", async () => {
    const group = "/aws/lambda/shop-cart-api";
    const streams = await run({
      logGroupName: group,
      startTime: NOW_S - 60,
      queryString: "stats count(*) as n by @logStream | sort n desc | limit 1",
    });
    const stream = resultField(streams.results?.[0], "@logStream") ?? "";
    await logs().send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [{ timestamp: TEST_NOW - 5000, message: "manual marker 42" }],
      }),
    );
    const out = await run({
      logGroupName: group,
      startTime: NOW_S - 60,
      queryString: 'filter @message like "manual marker" | fields @logStream, @message',
    });
    expect(out.results?.map((r) => resultField(r, "@message"))).toEqual(["manual marker 42"]);
    const all = await run({ logGroupName: group, startTime: NOW_S - 60, queryString: "stats count(*) as n" });
    expect(Number(resultField(all.results?.[0], "n"))).toBeGreaterThan(100);
  });

  it("resolves @ptr with GetLogRecord, including discovered JSON fields", async () => {
    const out = await run({
      logGroupName: "/aws/lambda/shop-checkout",
      startTime: NOW_S - 300,
      queryString: 'filter msg = "checkout started" | fields @timestamp, cartId | limit 1',
    });
    const ptr = resultField(out.results?.[0], "@ptr") ?? "";
    const record = await logs().send(new GetLogRecordCommand({ logRecordPointer: ptr }));
    expect(record.logRecord).toMatchObject({
      "@log": "111111111111:/aws/lambda/shop-checkout",
      msg: "checkout started",
      level: "INFO",
      cartId: resultField(out.results?.[0], "cartId"),
    });
    expect(record.logRecord?.["@message"]).toContain("checkout started");
    const put = await run({ queryString: "filter path = '/c' | fields path" });
    const putRecord = await logs().send(
      new GetLogRecordCommand({ logRecordPointer: resultField(put.results?.[0], "@ptr") }),
    );
    expect(putRecord.logRecord).toMatchObject({
      path: "/c",
      status: "404",
      "@logStream": "s1",
      "@log": `111111111111:${GROUP}`,
    });
    const bad = await errorOf(logs().send(new GetLogRecordCommand({ logRecordPointer: "bm9wZQ==" })));
    expect(bad.name).toBe("ResourceNotFoundException");
  });

  it("selects groups with SOURCE logGroups(namePrefix: ...) and by ARN identifiers", async () => {
    const out = await run({
      logGroupName: undefined,
      startTime: NOW_S - 120,
      queryString:
        "SOURCE logGroups(namePrefix: ['/aws/lambda/shop']) | stats count(*) as n by @log | sort @log asc",
    });
    expect(out.results?.map((r) => resultField(r, "@log"))).toEqual([
      "111111111111:/aws/lambda/shop-cart-api",
      "111111111111:/aws/lambda/shop-checkout",
    ]);
    expect(out.statistics?.logGroupsScanned).toBe(2);
    const byArn = await run({
      logGroupName: undefined,
      logGroupIdentifiers: [`arn:aws:logs:us-east-1:111111111111:log-group:${GROUP}`],
      queryString: "stats count(*) as n",
    });
    expect(byArn.results).toEqual([[{ field: "n", value: "5" }]]);
  });
});
