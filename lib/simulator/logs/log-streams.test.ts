import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogStreamCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  PutLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = () => new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true }));
const GROUP = "/test/streams";

beforeAll(async () => {
  bed = await startLogsTestBed();
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const s of ["b-stream", "a-stream", "c-stream"]) {
    await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: s }));
  }
  // c-stream gets the oldest event, a-stream the newest.
  for (const [s, offset] of [
    ["c-stream", 3000],
    ["b-stream", 2000],
    ["a-stream", 1000],
  ] as const) {
    await logs().send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: s,
        logEvents: [{ timestamp: TEST_NOW - offset, message: s }],
      }),
    );
  }
});
afterAll(() => bed.sim.close());

describe("CreateLogStream / DeleteLogStream", () => {
  it("rejects duplicates, unknown groups and bad names", async () => {
    const dup = await errorOf(
      logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "a-stream" })),
    );
    expect(dup.name).toBe("ResourceAlreadyExistsException");
    expect(dup.message).toBe("The specified log stream already exists");
    const noGroup = await errorOf(
      logs().send(new CreateLogStreamCommand({ logGroupName: "/nope", logStreamName: "s" })),
    );
    expect(noGroup.name).toBe("ResourceNotFoundException");
    expect(noGroup.message).toBe("The specified log group does not exist.");
    const colon = await errorOf(
      logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "a:b" })),
    );
    expect(colon.name).toBe("InvalidParameterException");
  });

  it("deletes streams; deleting again fails", async () => {
    await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "temp" }));
    await logs().send(new DeleteLogStreamCommand({ logGroupName: GROUP, logStreamName: "temp" }));
    const again = await errorOf(
      logs().send(new DeleteLogStreamCommand({ logGroupName: GROUP, logStreamName: "temp" })),
    );
    expect(again.name).toBe("ResourceNotFoundException");
    expect(again.message).toBe("The specified log stream does not exist.");
  });

  it("deleting a demo stream hides its generated events", async () => {
    const group = "/watchwall/alb/prod-web-alb/access-logs";
    const range = { logGroupName: group, startTime: TEST_NOW - 60_000, endTime: TEST_NOW, limit: 200 };
    const before = await logs().send(new FilterLogEventsCommand(range));
    expect(new Set(before.events?.map((e) => e.logStreamName))).toContain("prod-web-alb/us-east-1b");
    await logs().send(
      new DeleteLogStreamCommand({ logGroupName: group, logStreamName: "prod-web-alb/us-east-1b" }),
    );
    const after = await logs().send(new FilterLogEventsCommand(range));
    expect(after.events?.length).toBeGreaterThan(0);
    expect(after.events?.some((e) => e.logStreamName === "prod-web-alb/us-east-1b")).toBe(false);
  });
});

describe("DescribeLogStreams", () => {
  it("orders by name by default, with AWS's entry shape", async () => {
    const out = await logs().send(new DescribeLogStreamsCommand({ logGroupName: GROUP }));
    expect(out.logStreams?.map((s) => s.logStreamName)).toEqual(["a-stream", "b-stream", "c-stream"]);
    expect(out.logStreams?.[0]).toEqual({
      logStreamName: "a-stream",
      creationTime: TEST_NOW,
      firstEventTimestamp: TEST_NOW - 1000,
      lastEventTimestamp: TEST_NOW - 1000,
      lastIngestionTime: TEST_NOW,
      uploadSequenceToken: expect.stringMatching(/^\d{56}$/),
      arn: `arn:aws:logs:us-east-1:111111111111:log-group:${GROUP}:log-stream:a-stream`,
      storedBytes: 0,
    });
  });

  it("orders by LastEventTime, descending, and pages", async () => {
    const byTime = await logs().send(
      new DescribeLogStreamsCommand({
        logGroupName: GROUP,
        orderBy: "LastEventTime",
        descending: true,
        limit: 2,
      }),
    );
    expect(byTime.logStreams?.map((s) => s.logStreamName)).toEqual(["a-stream", "b-stream"]);
    const rest = await logs().send(
      new DescribeLogStreamsCommand({
        logGroupName: GROUP,
        orderBy: "LastEventTime",
        descending: true,
        limit: 2,
        nextToken: byTime.nextToken,
      }),
    );
    expect(rest.logStreams?.map((s) => s.logStreamName)).toEqual(["c-stream"]);
    expect(rest.nextToken).toBeUndefined();
    const desc = await logs().send(new DescribeLogStreamsCommand({ logGroupName: GROUP, descending: true }));
    expect(desc.logStreams?.map((s) => s.logStreamName)).toEqual(["c-stream", "b-stream", "a-stream"]);
  });

  it("filters by prefix, but not together with LastEventTime ordering", async () => {
    const out = await logs().send(
      new DescribeLogStreamsCommand({ logGroupName: GROUP, logStreamNamePrefix: "b" }),
    );
    expect(out.logStreams?.map((s) => s.logStreamName)).toEqual(["b-stream"]);
    const err = await errorOf(
      logs().send(
        new DescribeLogStreamsCommand({
          logGroupName: GROUP,
          logStreamNamePrefix: "b",
          orderBy: "LastEventTime",
        }),
      ),
    );
    expect(err.name).toBe("InvalidParameterException");
    expect(err.message).toBe("Cannot order by LastEventTime with a logStreamNamePrefix.");
  });

  it("accepts a group ARN as identifier, but not together with the name", async () => {
    const arn = `arn:aws:logs:us-east-1:111111111111:log-group:${GROUP}`;
    const out = await logs().send(new DescribeLogStreamsCommand({ logGroupIdentifier: arn }));
    expect(out.logStreams).toHaveLength(3);
    const both = await errorOf(
      logs().send(new DescribeLogStreamsCommand({ logGroupIdentifier: arn, logGroupName: GROUP })),
    );
    expect(both.name).toBe("ValidationException");
    expect(both.message).toBe("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
  });

  it("lists the demo world's streams: Lambda execution environments rotate, the newest last written", async () => {
    const out = await logs().send(
      new DescribeLogStreamsCommand({
        logGroupName: "/aws/lambda/shop-checkout",
        orderBy: "LastEventTime",
        descending: true,
      }),
    );
    const streams = out.logStreams ?? [];
    expect(streams).toHaveLength(50);
    expect(out.nextToken).toBeDefined();
    expect(streams[0]?.logStreamName).toMatch(/^2026\/06\/01\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(streams[0]?.lastEventTimestamp).toBe(TEST_NOW);
    const lasts = streams.map((s) => s.lastEventTimestamp ?? 0);
    expect([...lasts].sort((a, b) => b - a)).toEqual(lasts);
    const alb = await logs().send(
      new DescribeLogStreamsCommand({ logGroupName: "/watchwall/alb/prod-web-alb/access-logs" }),
    );
    expect(alb.logStreams?.map((s) => s.logStreamName)).toEqual([
      "prod-web-alb/us-east-1a",
      "prod-web-alb/us-east-1c",
    ]);
  });
});
