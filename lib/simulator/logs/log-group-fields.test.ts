import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetLogGroupFieldsCommand,
  PutLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = () => new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true }));
const GROUP = "/test/fields";

beforeAll(async () => {
  bed = await startLogsTestBed();
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: "s" }));
  await logs().send(
    new PutLogEventsCommand({
      logGroupName: GROUP,
      logStreamName: "s",
      logEvents: [
        { timestamp: TEST_NOW - 60_000, message: '{"status":200,"req":{"path":"/a"}}' },
        { timestamp: TEST_NOW - 50_000, message: '{"status":500}' },
        { timestamp: TEST_NOW - 40_000, message: "plain text" },
        { timestamp: TEST_NOW - 30_000, message: '{"level":"INFO"}' },
        // Outside the 15-minute window: not counted.
        { timestamp: TEST_NOW - 20 * 60_000, message: '{"old":1}' },
      ].sort((a, b) => a.timestamp - b.timestamp),
    }),
  );
});
afterAll(() => bed.sim.close());

describe("GetLogGroupFields", () => {
  it("lists system fields and discovered fields with their share of the last 15 minutes", async () => {
    const out = await logs().send(new GetLogGroupFieldsCommand({ logGroupName: GROUP }));
    const fields = Object.fromEntries((out.logGroupFields ?? []).map((f) => [f.name, f.percent]));
    expect(fields["@message"]).toBe(100);
    expect(fields["@timestamp"]).toBe(100);
    expect(fields.status).toBe(50);
    expect(fields["req.path"]).toBe(25);
    expect(fields.level).toBe(25);
    expect(fields.old).toBeUndefined();
  });

  it("samples the 15 minutes before `time`", async () => {
    const out = await logs().send(
      new GetLogGroupFieldsCommand({ logGroupName: GROUP, time: (TEST_NOW - 10 * 60_000) / 1000 }),
    );
    const names = (out.logGroupFields ?? []).map((f) => f.name);
    expect(names).toContain("old");
    expect(names).not.toContain("status");
  });

  it("finds the known-format fields of a demo VPC flow log group", async () => {
    const out = await logs().send(
      new GetLogGroupFieldsCommand({ logGroupName: "/aws/vpc/flow-logs/vpc-0dd2fb02c1c8ac3f4" }),
    );
    const names = (out.logGroupFields ?? []).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["srcAddr", "dstPort", "action"]));
  });

  it("answers ResourceNotFoundException for an unknown group", async () => {
    const err = await errorOf(logs().send(new GetLogGroupFieldsCommand({ logGroupName: "/nope" })));
    expect(err.name).toBe("ResourceNotFoundException");
  });
});
