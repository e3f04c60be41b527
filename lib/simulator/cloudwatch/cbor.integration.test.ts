// The CloudWatch service over Smithy RPC v2 CBOR (what newer SDKs such as botocore prefer), driven by the
// real JS client forced onto that protocol: same values, default labels, paging and errors as JSON 1.0.
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { AwsSmithyRpcV2CborProtocol } from "@aws-sdk/core/protocols";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import type { Simulator } from "@/lib/simulator/server";
import { TEST_NOW } from "./handler-test-support";
import { cloudWatchService } from "./index";

let sim: Simulator;
const NS = "Test/Cbor";
const range = { StartTime: new Date(TEST_NOW.getTime() - 3600_000), EndTime: TEST_NOW };

const cbor = () =>
  new CloudWatchClient({ ...clientConfig(sim, { maxAttempts: 1 }), protocol: AwsSmithyRpcV2CborProtocol });
const json = () => new CloudWatchClient(clientConfig(sim, { maxAttempts: 1 }));

beforeAll(async () => {
  sim = await startTestSimulator({
    services: [cloudWatchService({ clock: () => TEST_NOW })],
    now: () => TEST_NOW,
  });
  await cbor().send(
    new PutMetricDataCommand({
      Namespace: NS,
      MetricData: Array.from({ length: 20 }, (_, i) => ({
        MetricName: "metric1",
        Value: i,
        Timestamp: new Date(TEST_NOW.getTime() - (20 - i) * 60_000),
      })),
    }),
  );
});
afterAll(() => sim.close());

const stat = (id: string, s: string): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: NS, MetricName: "metric1" }, Period: 60, Stat: s },
});

describe("CloudWatch over CBOR", () => {
  it("lists what it put and returns the same data and default labels as JSON", async () => {
    const listed = await cbor().send(new ListMetricsCommand({ Namespace: NS }));
    expect(listed.Metrics).toEqual([{ Namespace: NS, MetricName: "metric1", Dimensions: [] }]);
    const input = {
      ...range,
      MetricDataQueries: [stat("a", "Sum"), stat("b", "Maximum"), { Id: "e", Expression: "a * 2" }],
    };
    const viaCbor = await cbor().send(new GetMetricDataCommand(input));
    const viaJson = await json().send(new GetMetricDataCommand(input));
    const shape = (r: typeof viaCbor) =>
      r.MetricDataResults?.map((x) => [x.Id, x.Label, x.Values, x.Timestamps?.map((t) => t.getTime())]);
    expect(shape(viaCbor)).toEqual(shape(viaJson));
    expect(viaCbor.MetricDataResults?.map((r) => r.Label)).toEqual(["metric1 Sum", "metric1 Maximum", "e"]);
    expect(viaCbor.MetricDataResults?.[0]?.Values?.length).toBe(20);
  });

  it("pages with MaxDatapoints and NextToken", async () => {
    const first = await cbor().send(
      new GetMetricDataCommand({ ...range, MaxDatapoints: 10, MetricDataQueries: [stat("a", "Sum")] }),
    );
    expect(first.MetricDataResults?.[0]?.Values).toHaveLength(10);
    expect(first.NextToken).toBeTruthy();
    const second = await cbor().send(
      new GetMetricDataCommand({
        ...range,
        MaxDatapoints: 10,
        NextToken: first.NextToken,
        MetricDataQueries: [stat("a", "Sum")],
      }),
    );
    expect(second.MetricDataResults?.[0]?.Values).toHaveLength(10);
  });

  it("reports validation errors the way the SDK expects", async () => {
    const error = await cbor()
      .send(new GetMetricDataCommand({ ...range, MetricDataQueries: [stat("Bad-Id", "Sum")] }))
      .then(
        () => undefined,
        (e: unknown) => e as { name: string; $metadata: { httpStatusCode: number }; message: string },
      );
    expect(error?.name).toBe("ValidationException");
    expect(error?.$metadata.httpStatusCode).toBe(400);
    expect(error?.message).toMatch(/Bad-Id.*not matching the expected pattern/);
  });
});
