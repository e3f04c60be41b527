// Plain AWS JSON 1.1 (Logs, Health) through the real SDK clients, with tiny test-only service handlers.
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  StartQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { DescribeEventsCommand, HealthClient } from "@aws-sdk/client-health";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asArray, asRecord } from "./coerce";
import { clientConfig, startTestSimulator, type ClientOptions } from "./test-support";
import { AwsServiceError, type ServiceDefinition } from "./types";
import type { Simulator } from "@/lib/simulator/server";
import { encodeSessionToken, sessionAccessKeyId } from "@/lib/simulator/sts/session-credentials";

const seen: unknown[] = [];
const logs: ServiceDefinition = {
  name: "logs",
  operations: {
    DescribeLogGroups: (input, ctx) => {
      seen.push(input);
      return {
        logGroups: [
          { logGroupName: `/aws/lambda/${ctx.region}`, creationTime: 1_700_000_000_123, storedBytes: 5 },
        ],
      };
    },
    StartQuery: () => {
      throw new AwsServiceError("MalformedQueryException", "unexpected symbol", {
        extra: {
          queryCompileError: {
            location: { startCharOffset: 3, endCharOffset: 5 },
            message: "unexpected symbol",
          },
        },
      });
    },
  },
};
const health: ServiceDefinition = {
  name: "health",
  operations: {
    DescribeEvents: (input) => {
      seen.push(input);
      const codes = asArray(asRecord(input.filter)?.eventStatusCodes);
      if (codes.includes("closed")) throw new AwsServiceError("SubscriptionRequiredException", "");
      return {
        events: [
          {
            arn: "arn:aws:health:us-east-1::event/EC2/X/1",
            service: "EC2",
            startTime: new Date("2026-02-03T04:05:06Z"),
          },
        ],
      };
    },
  },
};

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ services: [logs, health] });
});
afterAll(() => sim.close());
beforeEach(() => {
  seen.length = 0;
  sim.faults.clear();
});

const logsClient = (o: ClientOptions = {}) =>
  new CloudWatchLogsClient(clientConfig(sim, { fastRetries: true, ...o }));
const healthClient = (o: ClientOptions = {}) =>
  new HealthClient(clientConfig(sim, { fastRetries: true, ...o }));

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return e as Error & {
      $metadata: { httpStatusCode?: number; attempts?: number };
      queryCompileError?: unknown;
    };
  }
  throw new Error("expected the call to fail");
}

describe("AWS JSON 1.1 services", () => {
  it("passes JSON inputs through and returns longs and timestamps as each model expects", async () => {
    const groups = await logsClient({ region: "eu-west-1" }).send(new DescribeLogGroupsCommand({ limit: 5 }));
    expect(groups.logGroups?.[0]).toEqual({
      logGroupName: "/aws/lambda/eu-west-1",
      creationTime: 1_700_000_000_123,
      storedBytes: 5,
    });
    const events = await healthClient().send(
      new DescribeEventsCommand({ filter: { eventStatusCodes: ["open"] } }),
    );
    expect(events.events?.[0]?.startTime).toEqual(new Date("2026-02-03T04:05:06Z"));
    expect(seen).toEqual([{ limit: 5 }, { filter: { eventStatusCodes: ["open"] } }]);
  });

  it("exposes modeled errors with their extra members", async () => {
    const err = await errorOf(
      logsClient().send(new StartQueryCommand({ queryString: "x", startTime: 1, endTime: 2 })),
    );
    expect(err.name).toBe("MalformedQueryException");
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.queryCompileError).toEqual({
      location: { startCharOffset: 3, endCharOffset: 5 },
      message: "unexpected symbol",
    });

    const sub = await errorOf(
      healthClient().send(new DescribeEventsCommand({ filter: { eventStatusCodes: ["closed"] } })),
    );
    expect(sub.name).toBe("SubscriptionRequiredException");
    expect(sub.$metadata.attempts).toBe(1);
  });

  it("throttles with ThrottlingException, which the SDK retries", async () => {
    sim.faults.set([{ service: "logs", throttle: true, count: 2 }]);
    const ok = await logsClient().send(new DescribeLogGroupsCommand({}));
    expect(ok.$metadata.attempts).toBe(3);

    sim.faults.set([{ service: "health", throttle: true }]);
    const err = await errorOf(healthClient().send(new DescribeEventsCommand({})));
    expect([err.name, err.$metadata.httpStatusCode, err.$metadata.attempts]).toEqual([
      "ThrottlingException",
      400,
      3,
    ]);
  });

  it("answers foreign and expired session credentials like AWS JSON services do", async () => {
    const bogusSession = { accessKeyId: "ASIA111111111111ZZZZ", sessionToken: "WWSIM1.e30" };
    const err = await errorOf(logsClient(bogusSession).send(new DescribeLogGroupsCommand({})));
    expect([err.name, err.$metadata.httpStatusCode]).toEqual(["UnrecognizedClientException", 400]);

    const accessKeyId = sessionAccessKeyId("222222222222", 9);
    const sessionToken = encodeSessionToken({
      accessKeyId,
      accountId: "222222222222",
      roleArn: "arn:aws:iam::222222222222:role/WatchwallReadOnly",
      roleName: "WatchwallReadOnly",
      roleId: "AROAEXAMPLE",
      sessionName: "old",
      expiration: Math.floor(Date.now() / 1000) - 1,
    });
    const expired = await errorOf(
      healthClient({ accessKeyId, sessionToken }).send(new DescribeEventsCommand({})),
    );
    expect([
      expired.name,
      expired.message,
      expired.$metadata.httpStatusCode,
      expired.$metadata.attempts,
    ]).toEqual(["ExpiredTokenException", "The security token included in the request is expired", 400, 1]);
  });
});
