import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeQueriesCommand,
  PutLogEventsCommand,
  StartQueryCommand,
  StopQueryCommand,
  type StartQueryCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, type ClientOptions } from "@/lib/simulator/core/test-support";
import { errorOf, queryRunner, sleep, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true, ...o }));
const GROUP = "/test/queries";
const NOW_S = TEST_NOW / 1000;
const ALB = "/watchwall/alb/prod-web-alb/access-logs";

const { start, results, poll } = queryRunner(logs, { logGroupName: GROUP });

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

describe("StartQuery errors", () => {
  const startRaw = (input: Partial<StartQueryCommandInput>) =>
    logs({ maxAttempts: 1 }).send(
      new StartQueryCommand({
        startTime: NOW_S - 60,
        endTime: NOW_S,
        queryString: "fields @message",
        ...input,
      }),
    );

  it("requires exactly one way of naming groups", async () => {
    const none = await errorOf(startRaw({}));
    expect(none.name).toBe("InvalidParameterException");
    const two = await errorOf(startRaw({ logGroupName: GROUP, logGroupNames: [GROUP] }));
    expect(two.name).toBe("InvalidParameterException");
    const sourceAndName = await errorOf(
      startRaw({ logGroupName: GROUP, queryString: `SOURCE "${GROUP}" | fields @message` }),
    );
    expect(sourceAndName.name).toBe("InvalidParameterException");
    const star = await errorOf(
      startRaw({ logGroupIdentifiers: [`arn:aws:logs:us-east-1:111111111111:log-group:${GROUP}:*`] }),
    );
    expect(star.message).toMatch(
      /^1 validation error detected: Value '\[arn:.*:\*\]' at 'logGroupIdentifiers' failed to satisfy constraint/,
    );
  });

  it("names an unknown group with AWS's text [V]", async () => {
    const err = await errorOf(startRaw({ logGroupNames: [GROUP, "/does/not/exist"] }));
    expect(err.name).toBe("ResourceNotFoundException");
    expect(err.message).toMatch(
      /^Log group '\/does\/not\/exist' does not exist for account ID '111111111111' \(Service: AWSLogs; Status Code: 400; Error Code: ResourceNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\)$/,
    );
  });

  it("rejects malformed queries with a queryCompileError location", async () => {
    const err = await errorOf(startRaw({ logGroupName: GROUP, queryString: "fields @message | sort" }));
    expect(err.name).toBe("MalformedQueryException");
    expect(err.queryCompileError).toMatchObject({
      location: { startCharOffset: expect.any(Number), endCharOffset: expect.any(Number) },
      message: expect.any(String),
    });
    const unknownFn = await errorOf(
      startRaw({ logGroupName: GROUP, queryString: "fields nosuch(@message)" }),
    );
    expect(unknownFn.name).toBe("MalformedQueryException");
  });

  it("checks the range, the limit and the language", async () => {
    expect(
      (await errorOf(startRaw({ logGroupName: GROUP, startTime: NOW_S, endTime: NOW_S - 1 }))).name,
    ).toBe("InvalidParameterException");
    const limit = await errorOf(startRaw({ logGroupName: GROUP, limit: 100_001 }));
    expect(limit.message).toContain("Member must have value less than or equal to 100000");
    expect((await errorOf(startRaw({ logGroupName: GROUP, queryLanguage: "SQL" }))).name).toBe(
      "InvalidParameterException",
    );
  });
});

describe("StopQuery, DescribeQueries, timeouts and retention", () => {
  it("cancels a running query; stopping again or an unknown id fails", async () => {
    const queryId = await start({
      logGroupName: ALB,
      startTime: NOW_S - 20 * 86_400,
      queryString: "stats count(*)",
    });
    expect(await logs().send(new StopQueryCommand({ queryId }))).toMatchObject({ success: true });
    expect((await results(queryId)).status).toBe("Cancelled");
    const again = await errorOf(logs().send(new StopQueryCommand({ queryId })));
    expect(again.name).toBe("InvalidParameterException");
    const unknown = await errorOf(results("00000000-0000-4000-8000-000000000000"));
    expect(unknown.name).toBe("ResourceNotFoundException");
  });

  it("lists queries with the rewritten query string, filtered by group, status and count", async () => {
    const older = await start({ queryString: "stats count(*)" });
    await poll(older);
    const queryId = await start({ startTime: NOW_S - 300, endTime: NOW_S - 60 });
    await poll(queryId);
    const out = await logs().send(
      new DescribeQueriesCommand({ logGroupName: GROUP, status: "Complete", maxResults: 1 }),
    );
    expect(out.queries).toEqual([
      {
        queryId,
        queryString: `SOURCE "${GROUP}" START=${(NOW_S - 300) * 1000} END=${(NOW_S - 60) * 1000 + 999} | fields @message`,
        status: "Complete",
        createTime: TEST_NOW,
        logGroupName: GROUP,
        queryLanguage: "CWLI",
      },
    ]);
    const next = await logs().send(
      new DescribeQueriesCommand({
        logGroupName: GROUP,
        status: "Complete",
        maxResults: 1,
        nextToken: out.nextToken,
      }),
    );
    expect(next.queries?.map((q) => q.queryId)).toEqual([older]);
    expect(next.nextToken).toBeUndefined();
    const other = await logs().send(
      new DescribeQueriesCommand({ logGroupName: "/aws/lambda/shop-checkout" }),
    );
    expect(other.queries).toEqual([]);
    const cancelled = await logs().send(new DescribeQueriesCommand({ status: "Cancelled" }));
    expect(cancelled.queries?.every((q) => q.status === "Cancelled")).toBe(true);
    expect(cancelled.queries?.length).toBeGreaterThan(0);
  });

  it("times out after 60 minutes of simulated time and forgets results after 7 days", async () => {
    const queryId = await start({
      logGroupName: ALB,
      startTime: NOW_S - 25 * 86_400,
      queryString: "stats count(*)",
    });
    await sleep(200);
    bed.clock.now = TEST_NOW + 61 * 60_000;
    const out = await results(queryId);
    expect(out.status).toBe("Timeout");
    expect(out.statistics?.recordsScanned).toBeGreaterThan(0);
    bed.clock.now = TEST_NOW + 8 * 86_400_000;
    expect((await errorOf(results(queryId))).name).toBe("ResourceNotFoundException");
    const listed = await logs().send(new DescribeQueriesCommand({}));
    expect(listed.queries).toEqual([]);
    bed.clock.now = TEST_NOW;
  });
});

describe("concurrency quota", () => {
  let quotaBed: LogsTestBed;
  beforeAll(async () => {
    // Queries that never leave the queue, so that they stay active.
    quotaBed = await startLogsTestBed({ queries: { scheduleDelayMs: 3_600_000 } });
  });
  afterAll(() => quotaBed.sim.close());

  it("allows 100 active queries per account, then LimitExceededException (retried by the SDK)", async () => {
    const client = new CloudWatchLogsClient(clientConfig(quotaBed.sim, { maxAttempts: 1 }));
    const input = { logGroupName: ALB, startTime: NOW_S - 60, endTime: NOW_S, queryString: "stats count(*)" };
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push((await client.send(new StartQueryCommand(input))).queryId ?? "");
    const err = await errorOf(client.send(new StartQueryCommand(input)));
    expect(err.name).toBe("LimitExceededException");
    expect(err.message).toBe("Account maximum query concurrency limit of [100] reached.");
    const retried = await errorOf(
      new CloudWatchLogsClient(clientConfig(quotaBed.sim, { fastRetries: true, maxAttempts: 3 })).send(
        new StartQueryCommand(input),
      ),
    );
    expect(retried.$metadata.attempts).toBe(3);
    await client.send(new StopQueryCommand({ queryId: ids[0] }));
    expect((await client.send(new StartQueryCommand(input))).queryId).toBeDefined();
    const euCount = await errorOf(
      new CloudWatchLogsClient(clientConfig(quotaBed.sim, { maxAttempts: 1, region: "eu-west-1" })).send(
        new StartQueryCommand({ ...input, logGroupName: "/aws/lambda/shop-checkout" }),
      ),
    );
    expect(euCount.name).toBe("LimitExceededException");
  });
});
