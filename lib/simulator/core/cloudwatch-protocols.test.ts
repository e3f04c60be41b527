// The three CloudWatch wire protocols, driven by the real SDK clients: JSON 1.0 (current client), awsQuery
// (client-cloudwatch <= 3.948) and RPC v2 CBOR (the current client forced onto the CBOR protocol).
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
  type GetMetricDataCommandInput,
  type ListMetricsCommandInput,
  type PutMetricDataCommandInput,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchClient as QueryCloudWatchClient,
  DescribeAlarmsCommand as QueryDescribeAlarms,
  GetMetricDataCommand as QueryGetMetricData,
  ListMetricsCommand as QueryListMetrics,
} from "@aws-sdk/client-cloudwatch-query";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { AwsSmithyRpcV2CborProtocol } from "@aws-sdk/core/protocols";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEchoCloudWatch, type EchoCall } from "./echo-cloudwatch.test-helper";
import { clientConfig, startTestSimulator, type ClientOptions } from "./test-support";
import type { Simulator } from "@/lib/simulator/server";
import { createStsService } from "@/lib/simulator/sts/sts-service";

let sim: Simulator;
const calls: EchoCall[] = [];
let clockOffsetMs = 0;

beforeAll(async () => {
  sim = await startTestSimulator({
    services: [createEchoCloudWatch(calls), createStsService()],
    now: () => new Date(Date.now() + clockOffsetMs),
  });
});
afterAll(() => sim.close());
beforeEach(() => {
  clockOffsetMs = 0;
  calls.length = 0;
  sim.faults.clear();
  sim.stats.reset();
});

type Flavour = "json" | "query" | "cbor";
const FLAVOURS: Flavour[] = ["json", "query", "cbor"];

/** Sends the same logical command through one of the three clients. */
function client(flavour: Flavour, options: ClientOptions = {}) {
  const config = clientConfig(sim, { fastRetries: true, ...options });
  if (flavour === "query") {
    const c = new QueryCloudWatchClient(config);
    return {
      getMetricData: (i: GetMetricDataCommandInput) => c.send(new QueryGetMetricData(i)),
      listMetrics: (i: ListMetricsCommandInput) => c.send(new QueryListMetrics(i)),
      describeAlarms: () => c.send(new QueryDescribeAlarms({})),
    };
  }
  const c = new CloudWatchClient(
    flavour === "cbor" ? { ...config, protocol: AwsSmithyRpcV2CborProtocol } : config,
  );
  return {
    getMetricData: (i: GetMetricDataCommandInput) => c.send(new GetMetricDataCommand(i)),
    listMetrics: (i: ListMetricsCommandInput) => c.send(new ListMetricsCommand(i)),
    describeAlarms: () => c.send(new DescribeAlarmsCommand({})),
    putMetricData: (i: PutMetricDataCommandInput) => c.send(new PutMetricDataCommand(i)),
  };
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return e as Error & {
      $metadata: { httpStatusCode?: number; attempts?: number };
      Code?: string;
      Type?: string;
    };
  }
  throw new Error("expected the call to fail");
}

const start = new Date("2026-03-01T10:00:00.000Z");
const end = new Date("2026-03-01T11:00:00.000Z");
const GMD_INPUT = {
  StartTime: start,
  EndTime: end,
  ScanBy: "TimestampAscending" as const,
  MaxDatapoints: 500,
  LabelOptions: { Timezone: "+0130" },
  MetricDataQueries: [
    {
      Id: "m1",
      ReturnData: false,
      MetricStat: {
        Metric: {
          Namespace: "AWS/EC2",
          MetricName: "CPUUtilization",
          Dimensions: [
            { Name: "InstanceId", Value: "i-0123" },
            { Name: "AutoScalingGroupName", Value: "web & api" },
          ],
        },
        Period: 60,
        Stat: "p99",
      },
    },
    { Id: "e1", Expression: "m1 * 2", Label: "double", ReturnData: true },
  ],
};

describe("CloudWatch over JSON 1.0, awsQuery and CBOR", () => {
  it("decodes GetMetricData inputs identically and parses Dates, lists and typed arrays alike", async () => {
    const results = [];
    for (const flavour of FLAVOURS) results.push(await client(flavour).getMetricData(GMD_INPUT));
    expect(calls.map((c) => c.ctx.protocol)).toEqual(FLAVOURS);
    const [jsonCall, ...others] = calls;
    expect(jsonCall?.input).toMatchObject({
      StartTime: start.toISOString(),
      EndTime: end.toISOString(),
      ScanBy: "TimestampAscending",
      MaxDatapoints: 500,
      Timezone: "+0130",
    });
    expect(jsonCall?.input).toMatchObject({
      queries: [{ Id: "m1", ReturnData: false, Period: 60, Stat: "p99" }, {}],
    });
    for (const other of others) expect(other.input).toEqual(jsonCall?.input);

    for (const out of results) {
      expect(out.MetricDataResults).toHaveLength(2);
      for (const r of out.MetricDataResults ?? []) {
        expect(r.Timestamps).toEqual([start, new Date(start.getTime() + 60_000)]);
        expect(r.Values).toEqual([1.5, -2]);
        expect(r.StatusCode).toBe("Complete");
      }
      expect(out.MetricDataResults?.[1]?.Label).toBe("double");
      expect(out.$metadata.httpStatusCode).toBe(200);
      expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("escapes text and keeps nested lists intact", async () => {
    for (const flavour of FLAVOURS) {
      const out = await client(flavour).listMetrics({ Namespace: "A&B<C>" });
      expect(out.Metrics?.[0]?.Namespace).toBe("A&B<C>");
      expect(out.Metrics?.[0]?.Dimensions?.[0]?.Value).toBe("i-1 <&> \"quoted\" 'x'");
      expect(out.OwningAccounts).toEqual(["111111111111"]);
    }
  });

  it("returns empty lists as empty (or absent in XML)", async () => {
    for (const flavour of FLAVOURS) {
      const out = await client(flavour).listMetrics({ Namespace: "Empty" });
      expect(out.Metrics ?? []).toEqual([]);
    }
  });

  it("maps modeled errors to the same SDK errors with legacy statuses", async () => {
    for (const flavour of FLAVOURS) {
      const notFound = await errorOf(client(flavour).listMetrics({ Namespace: "Missing" }));
      expect([flavour, notFound.name, notFound.$metadata.httpStatusCode]).toEqual([
        flavour,
        "ResourceNotFound",
        404,
      ]);
      expect(notFound.message).toBe("No such namespace");
      expect(notFound.$metadata.attempts).toBe(1);

      const invalid = await errorOf(client(flavour).listMetrics({ Namespace: "Invalid" }));
      expect([flavour, invalid.name, invalid.Code]).toEqual([
        flavour,
        "InvalidParameterValueException",
        "InvalidParameterValue",
      ]);
      expect(invalid.message).toBe("The namespace <Invalid> & co is invalid");

      const validation = await errorOf(client(flavour).describeAlarms());
      expect([flavour, validation.Code, validation.$metadata.httpStatusCode]).toEqual([
        flavour,
        "ValidationError",
        400,
      ]);
    }
  });

  it("answers non-AWS handler exceptions with InternalFailure 500 (retried as transient)", async () => {
    for (const flavour of FLAVOURS) {
      const err = await errorOf(client(flavour).listMetrics({ Namespace: "Crash" }));
      expect([flavour, err.name, err.$metadata.httpStatusCode, err.$metadata.attempts]).toEqual([
        flavour,
        "InternalFailure",
        500,
        3,
      ]);
    }
  });

  it("retries injected Throttling and then succeeds", async () => {
    for (const flavour of FLAVOURS) {
      sim.faults.set([{ operation: "ListMetrics", throttle: true, count: 2 }]);
      const out = await client(flavour).listMetrics({});
      expect([flavour, out.$metadata.attempts]).toEqual([flavour, 3]);
    }
  });

  it("surfaces Throttling once the retries are exhausted", async () => {
    for (const flavour of FLAVOURS) {
      sim.faults.set([{ operation: "ListMetrics", throttle: true }]);
      const err = await errorOf(client(flavour).listMetrics({}));
      expect([flavour, err.name, err.$metadata.httpStatusCode, err.$metadata.attempts]).toEqual([
        flavour,
        "Throttling",
        400,
        3,
      ]);
    }
  });

  it("decompresses gzip bodies the SDK sends for large PutMetricData calls", async () => {
    const MetricData = Array.from({ length: 400 }, (_, i) => ({
      MetricName: `Metric${i}`,
      Value: i,
      Unit: "Count" as const,
      Dimensions: [{ Name: "Host", Value: `host-${i}` }],
    }));
    await client("json").putMetricData?.({ Namespace: "Test", MetricData });
    expect(calls.at(-1)?.input).toEqual({ count: 400 });
  });

  it("counts calls and metric queries per operation, account and Region", async () => {
    await client("json").getMetricData(GMD_INPUT);
    await client("query", { region: "eu-west-1", accessKeyId: "AKIASTAGEDEMO0000002" }).getMetricData(
      GMD_INPUT,
    );
    await errorOf(client("cbor").listMetrics({ Namespace: "Missing" }));
    const stats = sim.stats.snapshot();
    const gmd = stats.operations.GetMetricData;
    expect(gmd).toMatchObject({ service: "cloudwatch", calls: 2, errors: 0, units: { metricQueries: 4 } });
    expect(gmd?.byAccount["111111111111"]?.byRegion["us-east-1"]).toMatchObject({
      calls: 1,
      units: { metricQueries: 2 },
    });
    expect(gmd?.byAccount["222222222222"]?.byRegion["eu-west-1"]).toMatchObject({
      calls: 1,
      units: { metricQueries: 2 },
    });
    expect(gmd?.byRegion["eu-west-1"]?.calls).toBe(1);
    expect(stats.operations.ListMetrics).toMatchObject({
      calls: 1,
      errors: 1,
      errorCodes: { ResourceNotFound: 1 },
    });
  });

  it("serves assumed-role sessions in their account and answers ExpiredToken after expiry", async () => {
    const sts = new STSClient(clientConfig(sim));
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: "arn:aws:iam::333333333333:role/WatchwallReadOnly",
        RoleSessionName: "cw",
        ExternalId: "watchwall-shared-external-id",
        DurationSeconds: 900,
      }),
    );
    const session = {
      accessKeyId: assumed.Credentials?.AccessKeyId,
      secretAccessKey: assumed.Credentials?.SecretAccessKey,
      sessionToken: assumed.Credentials?.SessionToken,
      region: "ap-northeast-1",
    };
    for (const flavour of FLAVOURS) await client(flavour, session).listMetrics({});
    expect(calls.map((c) => [c.ctx.accountId, c.ctx.region])).toEqual(
      Array(3).fill(["333333333333", "ap-northeast-1"]),
    );

    clockOffsetMs = 901_000;
    for (const flavour of FLAVOURS) {
      const err = await errorOf(client(flavour, session).listMetrics({}));
      expect([flavour, err.name, err.$metadata.httpStatusCode, err.$metadata.attempts]).toEqual([
        flavour,
        "ExpiredToken",
        400,
        1,
      ]);
    }
  });
});
