import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  type InputLogEvent,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = () => new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true }));
const GROUP = "/test/events";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function put(stream: string, logEvents: InputLogEvent[], logGroupName = GROUP) {
  return logs().send(new PutLogEventsCommand({ logGroupName, logStreamName: stream, logEvents }));
}

beforeAll(async () => {
  bed = await startLogsTestBed();
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const s of ["main", "rules", "paging"]) {
    await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: s }));
  }
  const events = Array.from({ length: 25 }, (_, i) => ({
    timestamp: TEST_NOW - 25_000 + i * 1000,
    message: `event ${i}`,
  }));
  await put("paging", events);
});
afterAll(() => bed.sim.close());

describe("PutLogEvents", () => {
  it("stores a batch and returns a sequence token (sequence tokens sent by clients are ignored)", async () => {
    const out = await logs().send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: "main",
        sequenceToken: "not-a-real-token",
        logEvents: [
          { timestamp: TEST_NOW - 2000, message: "first" },
          { timestamp: TEST_NOW - 2000, message: "same time" },
          { timestamp: TEST_NOW - 1000, message: "héllo wörld" },
        ],
      }),
    );
    expect(out.nextSequenceToken).toMatch(/^\d{56}$/);
    expect(out.rejectedLogEventsInfo).toBeUndefined();
    const got = await logs().send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "main" }));
    expect(got.events).toEqual([
      { timestamp: TEST_NOW - 2000, message: "first", ingestionTime: TEST_NOW },
      { timestamp: TEST_NOW - 2000, message: "same time", ingestionTime: TEST_NOW },
      { timestamp: TEST_NOW - 1000, message: "héllo wörld", ingestionTime: TEST_NOW },
    ]);
  });

  it("requires chronological order within a batch [V text]", async () => {
    const err = await errorOf(
      put("rules", [
        { timestamp: TEST_NOW, message: "b" },
        { timestamp: TEST_NOW - 1, message: "a" },
      ]),
    );
    expect(err.name).toBe("InvalidParameterException");
    expect(err.message).toBe("Log events in a single PutLogEvents request must be in chronological order.");
  });

  it("accepts the valid events and reports too-old and too-new ones", async () => {
    const out = await put("rules", [
      { timestamp: TEST_NOW - 15 * DAY, message: "too old 1" },
      { timestamp: TEST_NOW - 14 * DAY - 1, message: "too old 2" },
      { timestamp: TEST_NOW - HOUR, message: "ok 1" },
      { timestamp: TEST_NOW + HOUR, message: "ok 2 (future but within 2 h)" },
      { timestamp: TEST_NOW + 2 * HOUR + 1, message: "too new" },
    ]);
    expect(out.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 1, tooNewLogEventStartIndex: 4 });
    const got = await logs().send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "rules", startFromHead: true }),
    );
    expect(got.events?.map((e) => e.message)).toEqual(["ok 1", "ok 2 (future but within 2 h)"]);
    await put("rules", [{ timestamp: TEST_NOW - 5 * HOUR, message: "out of order across batches" }]);
    const again = await logs().send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "rules", startFromHead: true }),
    );
    expect(again.events?.[0]?.message).toBe("out of order across batches");
  });

  it("rejects events older than the group's retention as expired", async () => {
    await logs().send(new PutRetentionPolicyCommand({ logGroupName: GROUP, retentionInDays: 1 }));
    const out = await put("rules", [
      { timestamp: TEST_NOW - 3 * DAY, message: "expired" },
      { timestamp: TEST_NOW - 2 * DAY, message: "expired too" },
      { timestamp: TEST_NOW - 2 * HOUR, message: "kept" },
    ]);
    expect(out.rejectedLogEventsInfo).toEqual({ expiredLogEventEndIndex: 1 });
    await logs().send(new DeleteRetentionPolicyCommand({ logGroupName: GROUP }));
  });

  it("accepts puts into a demo group's streams", async () => {
    const streams = await logs().send(
      new DescribeLogStreamsCommand({
        logGroupName: "/aws/lambda/shop-checkout",
        orderBy: "LastEventTime",
        descending: true,
        limit: 1,
      }),
    );
    const stream = streams.logStreams?.[0]?.logStreamName ?? "";
    const out = await put(
      stream,
      [{ timestamp: TEST_NOW - 1000, message: "manual line" }],
      "/aws/lambda/shop-checkout",
    );
    expect(out.rejectedLogEventsInfo).toBeUndefined();
  });

  it("limits the span of a batch to 24 hours and its size to 10,000 events / 1 MB", async () => {
    const span = await errorOf(
      put("rules", [
        { timestamp: TEST_NOW - DAY - 1, message: "a" },
        { timestamp: TEST_NOW, message: "b" },
      ]),
    );
    expect(span.name).toBe("InvalidParameterException");
    const many = Array.from({ length: 10_001 }, () => ({ timestamp: TEST_NOW, message: "x" }));
    const tooMany = await errorOf(put("rules", many));
    expect(tooMany.name).toBe("InvalidParameterException");
    expect(tooMany.message).toMatch(
      /at 'logEvents' failed to satisfy constraint: Member must have length less than or equal to 10000/,
    );
    const big = Array.from({ length: 5 }, () => ({ timestamp: TEST_NOW, message: "y".repeat(210_000) }));
    const tooBig = await errorOf(put("rules", big));
    expect(tooBig.name).toBe("InvalidParameterException");
  });

  it("needs an existing group and stream [V texts]", async () => {
    const noGroup = await errorOf(put("s", [{ timestamp: TEST_NOW, message: "m" }], "/nope"));
    expect(noGroup.message).toBe("The specified log group does not exist.");
    const noStream = await errorOf(put("nope", [{ timestamp: TEST_NOW, message: "m" }]));
    expect(noStream.name).toBe("ResourceNotFoundException");
    expect(noStream.message).toBe("The specified log stream does not exist.");
  });
});

describe("GetLogEvents", () => {
  const get = (extra: Record<string, unknown> = {}) =>
    logs().send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "paging", limit: 10, ...extra }),
    );

  it("returns the newest page by default and walks back with nextBackwardToken", async () => {
    const tail = await get();
    expect(tail.events?.map((e) => e.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `event ${15 + i}`),
    );
    expect(tail.nextForwardToken).toMatch(/^f\/\d{56}\/s$/);
    expect(tail.nextBackwardToken).toMatch(/^b\/\d{56}\/s$/);
    const older = await get({ nextToken: tail.nextBackwardToken });
    expect(older.events?.map((e) => e.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `event ${5 + i}`),
    );
    const oldest = await get({ nextToken: older.nextBackwardToken });
    expect(oldest.events?.map((e) => e.message)).toEqual([
      "event 0",
      "event 1",
      "event 2",
      "event 3",
      "event 4",
    ]);
    const end = await get({ nextToken: oldest.nextBackwardToken });
    expect(end.events).toEqual([]);
    expect(end.nextBackwardToken).toBe(oldest.nextBackwardToken);
  });

  it("reads from the head and stops when the forward token no longer changes", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await get(token === undefined ? { startFromHead: true } : { nextToken: token });
      seen.push(...(page.events ?? []).map((e) => e.message ?? ""));
      if (page.nextForwardToken === token) break;
      token = page.nextForwardToken;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `event ${i}`));
  });

  it("applies startTime (inclusive) and endTime (exclusive)", async () => {
    const out = await get({ startTime: TEST_NOW - 20_000, endTime: TEST_NOW - 17_000, startFromHead: true });
    expect(out.events?.map((e) => e.message)).toEqual(["event 5", "event 6", "event 7"]);
  });

  it("rejects foreign tokens, bad limits and unknown streams [V texts]", async () => {
    const other = await logs().send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "main" }));
    const foreign = await errorOf(get({ nextToken: other.nextForwardToken }));
    expect(foreign.message).toBe("The specified nextToken is invalid.");
    const garbage = await errorOf(get({ nextToken: "f/123/s" }));
    expect(garbage.name).toBe("InvalidParameterException");
    const limit = await errorOf(get({ limit: 10_001 }));
    expect(limit.name).toBe("InvalidParameterException");
    expect(limit.message).toBe(
      "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
    const missing = await errorOf(
      logs().send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: "none" })),
    );
    expect(missing.message).toBe("The specified log stream does not exist.");
  });

  it("reads a whole Lambda environment stream, identical to filtering the group by that stream", async () => {
    const group = "/aws/lambda/nightly-report";
    const listed = await logs().send(
      new DescribeLogStreamsCommand({
        logGroupName: group,
        orderBy: "LastEventTime",
        descending: true,
        limit: 5,
      }),
    );
    // An environment that has ended: its stream is complete.
    const stream = listed.logStreams?.find((s) => (s.lastEventTimestamp ?? 0) < TEST_NOW);
    const name = stream?.logStreamName ?? "";
    const viaGet: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await logs().send(
        new GetLogEventsCommand({
          logGroupName: group,
          logStreamName: name,
          startFromHead: true,
          limit: 100,
          ...(token ? { nextToken: token } : {}),
        }),
      );
      viaGet.push(...(page.events ?? []).map((e) => `${e.timestamp} ${e.message}`));
      if (page.nextForwardToken === token) break;
      token = page.nextForwardToken;
    }
    const viaFilter: string[] = [];
    let next: string | undefined;
    do {
      const page = await logs().send(
        new FilterLogEventsCommand({
          logGroupName: group,
          logStreamNames: [name],
          startTime: (stream?.firstEventTimestamp ?? 0) - 3_600_000,
          endTime: (stream?.lastEventTimestamp ?? 0) + 3_600_000,
          nextToken: next,
        }),
      );
      viaFilter.push(...(page.events ?? []).map((e) => `${e.timestamp} ${e.message}`));
      next = page.nextToken;
    } while (next);
    expect(viaGet.length).toBeGreaterThan(20);
    expect(viaGet).toEqual(viaFilter);
    expect(viaGet.filter((l) => l.includes("REPORT RequestId")).length).toBeGreaterThan(4);
  });

  it("reads a demo stream: one ALB node's access log for the last minute, in time order", async () => {
    const out = await logs().send(
      new GetLogEventsCommand({
        logGroupName: "/watchwall/alb/prod-web-alb/access-logs",
        logStreamName: "prod-web-alb/us-east-1a",
        startTime: TEST_NOW - 60_000,
        endTime: TEST_NOW,
      }),
    );
    const events = out.events ?? [];
    expect(events.length).toBeGreaterThan(100);
    expect(events.every((e) => (e.message ?? "").startsWith("https 2026-06-01T11:59:"))).toBe(true);
    const times = events.map((e) => e.timestamp ?? 0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
