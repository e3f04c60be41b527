import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  PutLogEventsCommand,
  type FilterLogEventsCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig } from "@/lib/simulator/core/test-support";
import { errorOf, startLogsTestBed, TEST_NOW, type LogsTestBed } from "./test-support";

let bed: LogsTestBed;
const logs = () => new CloudWatchLogsClient(clientConfig(bed.sim, { fastRetries: true }));
const GROUP = "/test/filter";
const T0 = TEST_NOW - 60_000;

const LINES: Array<[string, number, string]> = [
  ["app-1", 0, '{"level":"INFO","status":200,"latency":120,"path":"/a"}'],
  ["app-2", 1000, '{"level":"ERROR","status":500,"latency":900,"path":"/b"}'],
  ["app-1", 2000, "2026-06-01T11:59:02Z [ERROR] db timeout after 3000 ms"],
  ["app-2", 3000, "GET /health 200 12ms user=alice"],
  ["app-1", 4000, "GET /checkout 503 3012ms user=bob"],
  ["app-2", 5000, '{"level":"WARN","status":404,"latency":30,"path":"/c"}'],
];

async function filter(input: Partial<FilterLogEventsCommandInput>) {
  return logs().send(new FilterLogEventsCommand({ logGroupName: GROUP, startTime: T0, ...input }));
}

async function messages(input: Partial<FilterLogEventsCommandInput>) {
  return ((await filter(input)).events ?? []).map((e) => e.message);
}

beforeAll(async () => {
  bed = await startLogsTestBed();
  await logs().send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const stream of ["app-1", "app-2"]) {
    await logs().send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
    const logEvents = LINES.filter(([s]) => s === stream).map(([, offset, message]) => ({
      timestamp: T0 + offset,
      message,
    }));
    await logs().send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: stream, logEvents }));
  }
});
afterAll(() => bed.sim.close());

describe("FilterLogEvents on put events", () => {
  it("interleaves the streams in time order with AWS's event shape", async () => {
    const out = await filter({});
    expect(out.events?.map((e) => e.logStreamName)).toEqual(LINES.map(([s]) => s));
    expect(out.events?.[0]).toEqual({
      logStreamName: "app-1",
      timestamp: T0,
      message: LINES[0]?.[2],
      ingestionTime: TEST_NOW,
      eventId: expect.stringMatching(/^\d{56}$/),
    });
    expect(new Set(out.events?.map((e) => e.eventId)).size).toBe(LINES.length);
    expect(out.searchedLogStreams).toEqual([]);
    expect(out.nextToken).toBeUndefined();
  });

  it("matches terms, quoted phrases, optional and excluded terms", async () => {
    expect(await messages({ filterPattern: "ERROR" })).toEqual([LINES[1]?.[2], LINES[2]?.[2]]);
    expect(await messages({ filterPattern: "GET user" })).toEqual([LINES[3]?.[2], LINES[4]?.[2]]);
    expect(await messages({ filterPattern: '"db timeout"' })).toEqual([LINES[2]?.[2]]);
    expect(await messages({ filterPattern: "?alice ?bob" })).toEqual([LINES[3]?.[2], LINES[4]?.[2]]);
    expect(await messages({ filterPattern: "GET -alice" })).toEqual([LINES[4]?.[2]]);
    expect(await messages({ filterPattern: "error" })).toEqual([]);
  });

  it("matches JSON and space-delimited patterns", async () => {
    expect(await messages({ filterPattern: "{ $.status = 500 }" })).toEqual([LINES[1]?.[2]]);
    expect(await messages({ filterPattern: '{ $.level = "ERR*" || $.latency < 50 }' })).toEqual([
      LINES[1]?.[2],
      LINES[5]?.[2],
    ]);
    expect(await messages({ filterPattern: "[method, path, status = 5*, took, user]" })).toEqual([
      LINES[4]?.[2],
    ]);
  });

  it("restricts streams by name list or prefix, not both", async () => {
    expect((await filter({ logStreamNames: ["app-2"] })).events?.map((e) => e.logStreamName)).toEqual([
      "app-2",
      "app-2",
      "app-2",
    ]);
    expect((await filter({ logStreamNamePrefix: "app-1" })).events).toHaveLength(3);
    const both = await errorOf(filter({ logStreamNames: ["app-1"], logStreamNamePrefix: "app" }));
    expect(both.name).toBe("InvalidParameterException");
  });

  it("honours startTime (inclusive) and endTime (inclusive: later events are excluded)", async () => {
    expect(await messages({ startTime: T0 + 1000, endTime: T0 + 3000 })).toEqual([
      LINES[1]?.[2],
      LINES[2]?.[2],
      LINES[3]?.[2],
    ]);
  });

  it("pages with limit and nextToken, newest first when startFromHead is false", async () => {
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await filter({ limit: 4, nextToken, startFromHead: false });
      seen.push(...(out.events ?? []).map((e) => e.message ?? ""));
      nextToken = out.nextToken;
      pages++;
    } while (nextToken && pages < 10);
    expect(seen).toEqual(LINES.map(([, , m]) => m).reverse());
    expect(pages).toBe(2);
  });

  it("reports errors with AWS's texts [V]", async () => {
    const limit = await errorOf(filter({ limit: 10_001 }));
    expect(limit.message).toBe(
      "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
    const token = await errorOf(filter({ nextToken: "bm90LWEtdG9rZW4" }));
    expect(token.message).toBe("The specified nextToken is invalid.");
    const pattern = await errorOf(filter({ filterPattern: "{ $.status = }" }));
    expect(pattern.name).toBe("InvalidParameterException");
    const old = await errorOf(filter({ startTime: Date.UTC(2023, 11, 31), startFromHead: false }));
    expect(old.name).toBe("InvalidParameterException");
    const missing = await errorOf(logs().send(new FilterLogEventsCommand({ logGroupName: "/nope" })));
    expect(missing.name).toBe("ResourceNotFoundException");
  });
});

describe("FilterLogEvents on the demo world", () => {
  const ALB = "/watchwall/alb/prod-web-alb/access-logs";

  it("finds the checkout error burst's 5xx responses only inside the incident window", async () => {
    const seen: number[] = [];
    let nextToken: string | undefined;
    do {
      const out = await logs().send(
        new FilterLogEventsCommand({
          logGroupName: ALB,
          startTime: Date.UTC(2026, 5, 1, 11, 0),
          endTime: Date.UTC(2026, 5, 1, 11, 45) - 1,
          filterPattern:
            "[type, time, elb, client, target, rpt, tpt, spt, elb_status = 500, target_status, ...]",
          nextToken,
        }),
      );
      seen.push(...(out.events ?? []).map((e) => e.timestamp ?? 0));
      nextToken = out.nextToken;
    } while (nextToken);
    const inBurst = seen.filter((t) => t >= Date.UTC(2026, 5, 1, 11, 15) && t < Date.UTC(2026, 5, 1, 11, 27));
    expect(inBurst.length).toBeGreaterThan(100);
    expect(seen.length - inBurst.length).toBeLessThan(inBurst.length / 5);
  });

  it("returns a partial (even empty) page with a nextToken when a search runs long", async () => {
    const out = await logs().send(
      new FilterLogEventsCommand({
        logGroupName: ALB,
        startTime: TEST_NOW - 6 * 3_600_000,
        filterPattern: "no-such-term",
      }),
    );
    expect(out.events).toEqual([]);
    expect(out.nextToken).toBeDefined();
  });
});
