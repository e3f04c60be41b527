// The CloudWatch service behind the real HTTP simulator, driven by the real SDK clients: the current
// @aws-sdk/client-cloudwatch (JSON 1.0) and the awsQuery client (client-cloudwatch 3.948.0).
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  paginateGetMetricData,
  paginateListMetrics,
  PutMetricDataCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchClient as QueryCloudWatchClient,
  GetMetricDataCommand as QueryGetMetricData,
  GetMetricStatisticsCommand as QueryGetMetricStatistics,
  ListMetricsCommand as QueryListMetrics,
  PutMetricDataCommand as QueryPutMetricData,
} from "@aws-sdk/client-cloudwatch-query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/simulator/accounts";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import { PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/demo";
import type { Simulator } from "@/lib/simulator/server";
import { TEST_NOW } from "./handler-test-support";
import { cloudWatchService } from "./index";

let sim: Simulator;
const NS = "Test/Integration";
const minute = new Date(TEST_NOW.getTime() - 5 * 60_000);
const range = { StartTime: new Date(TEST_NOW.getTime() - 3600_000), EndTime: TEST_NOW };

beforeAll(async () => {
  sim = await startTestSimulator({
    services: [cloudWatchService({ clock: () => TEST_NOW })],
    now: () => TEST_NOW,
  });
  const json = new CloudWatchClient(clientConfig(sim));
  await json.send(
    new PutMetricDataCommand({
      Namespace: NS,
      MetricData: [
        { MetricName: "metric1", Values: [0, 2, 4, 3.5, 7, 100], Unit: "Seconds", Timestamp: minute },
      ],
    }),
  );
  const query = new QueryCloudWatchClient(clientConfig(sim));
  await query.send(
    new QueryPutMetricData({
      Namespace: NS,
      MetricData: Array.from({ length: 30 }, (_, i) => ({
        MetricName: "series",
        Dimensions: [{ Name: "Host", Value: "a" }],
        Value: i,
        Timestamp: new Date(TEST_NOW.getTime() - (30 - i) * 60_000),
      })),
    }),
  );
});
afterAll(() => sim.close());

const json = () => new CloudWatchClient(clientConfig(sim, { maxAttempts: 1 }));
const query = () => new QueryCloudWatchClient(clientConfig(sim, { maxAttempts: 1 }));
const stagingKey = DEMO_ACCOUNTS.find((a) => a.id === STAGING_ACCOUNT_ID)?.accessKeyId;

const statQuery = (id: string, stat: string, metricName = "metric1"): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: NS, MetricName: metricName }, Period: 60, Stat: stat },
});

describe("PutMetricData → ListMetrics → GetMetricData", () => {
  it("round-trips over JSON 1.0", async () => {
    const listed = await json().send(new ListMetricsCommand({ Namespace: NS, MetricName: "metric1" }));
    expect(listed.Metrics).toEqual([{ Namespace: NS, MetricName: "metric1", Dimensions: [] }]);
    const out = await json().send(
      new GetMetricDataCommand({
        ...range,
        MetricDataQueries: ["Average", "Sum", "Minimum", "Maximum"].map((s, i) => statQuery(`q${i}`, s)),
      }),
    );
    expect(out.MetricDataResults?.map((r) => [r.Label, r.Values, r.StatusCode])).toEqual([
      ["metric1 Average", [19.416666666666668], "Complete"],
      ["metric1 Sum", [116.5], "Complete"],
      ["metric1 Minimum", [0], "Complete"],
      ["metric1 Maximum", [100], "Complete"],
    ]);
    expect(out.MetricDataResults?.[0]?.Timestamps).toEqual([minute]);
    expect(out.Messages).toEqual([]);
  });

  it("round-trips over awsQuery with the same values and labels", async () => {
    const listed = await query().send(new QueryListMetrics({ Namespace: NS }));
    expect(listed.Metrics?.map((m) => m.MetricName).sort()).toEqual(["metric1", "series"]);
    const out = await query().send(
      new QueryGetMetricData({
        ...range,
        MetricDataQueries: [statQuery("a", "Average"), statQuery("b", "p50")],
      }),
    );
    expect(out.MetricDataResults?.map((r) => [r.Id, r.Label, r.Values])).toEqual([
      ["a", "metric1 Average", [19.416666666666668]],
      ["b", "metric1 p50", [3.75]],
    ]);
    expect(out.MetricDataResults?.[0]?.Timestamps).toEqual([minute]);
  });

  it("labels a lone query with the metric name and an expression with its id, on both protocols", async () => {
    const queries: MetricDataQuery[] = [statQuery("m", "Sum"), { Id: "e", Expression: "m / 2" }];
    const viaJson = await json().send(new GetMetricDataCommand({ ...range, MetricDataQueries: queries }));
    const viaQuery = await query().send(new QueryGetMetricData({ ...range, MetricDataQueries: queries }));
    for (const out of [viaJson, viaQuery]) {
      expect(out.MetricDataResults?.map((r) => [r.Label, r.Values])).toEqual([
        ["metric1", [116.5]],
        ["e", [58.25]],
      ]);
    }
  });
});

describe("paging", () => {
  it("follows NextToken with the SDK paginator until every point is read", async () => {
    const pages = paginateGetMetricData(
      { client: json() },
      {
        ...range,
        MaxDatapoints: 7,
        ScanBy: "TimestampAscending",
        MetricDataQueries: [
          {
            Id: "s",
            MetricStat: {
              Metric: { Namespace: NS, MetricName: "series", Dimensions: [{ Name: "Host", Value: "a" }] },
              Period: 60,
              Stat: "Sum",
            },
          },
        ],
      },
    );
    const values: number[] = [];
    let count = 0;
    for await (const page of pages) {
      count++;
      values.push(...(page.MetricDataResults?.[0]?.Values ?? []));
    }
    expect(count).toBe(5);
    expect(values).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it("pages ListMetrics across the linked accounts, with owners", async () => {
    const owners = new Set<string>();
    let metrics = 0;
    let pages = 0;
    for await (const page of paginateListMetrics({ client: json() }, { IncludeLinkedAccounts: true })) {
      pages++;
      metrics += page.Metrics?.length ?? 0;
      expect(page.OwningAccounts).toHaveLength(page.Metrics?.length ?? -1);
      for (const o of page.OwningAccounts ?? []) owners.add(o);
    }
    expect(pages).toBeGreaterThan(1);
    expect(metrics).toBeGreaterThan(500);
    expect(owners).toEqual(new Set([PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID]));
  });
});

describe("demo data and statistics", () => {
  async function albStatistics(extended: string[]) {
    const listed = await json().send(
      new ListMetricsCommand({ Namespace: "AWS/ApplicationELB", MetricName: "TargetResponseTime" }),
    );
    const loadBalancer =
      listed.Metrics?.find((m) => m.Dimensions?.length === 1)?.Dimensions?.[0]?.Value ?? "";
    return {
      Namespace: "AWS/ApplicationELB",
      MetricName: "TargetResponseTime",
      Dimensions: [{ Name: "LoadBalancer", Value: loadBalancer }],
      ...range,
      Period: 600,
      Statistics: ["SampleCount" as const, "Average" as const],
      ...(extended.length > 0 ? { ExtendedStatistics: extended } : {}),
    };
  }
  const byTime = <T extends { Timestamp?: Date }>(d: T[] | undefined) =>
    [...(d ?? [])].sort((a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0));

  it("serves statistics of demo metrics through GetMetricStatistics on both protocols", async () => {
    const input = await albStatistics([]);
    const viaJson = await json().send(new GetMetricStatisticsCommand(input));
    const viaQuery = await query().send(new QueryGetMetricStatistics(input));
    expect(viaJson.Label).toBe("TargetResponseTime");
    expect(viaJson.Datapoints).toHaveLength(6);
    expect(byTime(viaQuery.Datapoints)).toEqual(byTime(viaJson.Datapoints));
    expect(viaJson.Datapoints?.[0]?.Unit).toBe("Seconds");
  });

  it("serves extended statistics through GetMetricStatistics over JSON", async () => {
    const viaJson = await json().send(new GetMetricStatisticsCommand(await albStatistics(["p99", "tm90"])));
    const point = viaJson.Datapoints?.[0];
    expect(point?.ExtendedStatistics?.p99).toBeGreaterThan(point?.ExtendedStatistics?.tm90 ?? Infinity);
  });

  // Datapoint.ExtendedStatistics is an awsQuery map: <entry><key>p99</key><value>…</value></entry>.
  it("serves extended statistics through GetMetricStatistics over awsQuery", async () => {
    const input = await albStatistics(["p99"]);
    const viaQuery = await query().send(new QueryGetMetricStatistics(input));
    const viaJson = await json().send(new GetMetricStatisticsCommand(input));
    expect(byTime(viaQuery.Datapoints)).toEqual(byTime(viaJson.Datapoints));
    expect(viaQuery.Datapoints?.[0]?.ExtendedStatistics?.p99).toBeGreaterThan(0);
  });

  it("answers Forbidden to a source account reading the monitoring account", async () => {
    const client = new CloudWatchClient(clientConfig(sim, { accessKeyId: stagingKey, maxAttempts: 1 }));
    const out = await client.send(
      new GetMetricDataCommand({
        ...range,
        MetricDataQueries: [{ ...statQuery("a", "Sum"), AccountId: PRODUCTION_ACCOUNT_ID }],
      }),
    );
    expect(out.MetricDataResults?.[0]?.StatusCode).toBe("Forbidden");
  });
});

describe("errors as the SDK sees them", () => {
  it("surfaces GetMetricData validation errors with AWS's text on both protocols", async () => {
    const input = { ...range, MetricDataQueries: [statQuery("Bad", "Sum")] };
    const message =
      "The value Bad for parameter MetricDataQueries.member.1.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.";
    const jsonError = await json()
      .send(new GetMetricDataCommand(input))
      .catch((e: unknown) => e);
    expect(jsonError).toMatchObject({
      name: "ValidationException",
      message,
      $metadata: { httpStatusCode: 400 },
    });
    const queryError = await query()
      .send(new QueryGetMetricData(input))
      .catch((e: unknown) => e);
    expect(queryError).toMatchObject({ message, $metadata: { httpStatusCode: 400 } });
    expect((queryError as { Code?: string }).Code ?? (queryError as { name?: string }).name).toMatch(
      /^ValidationError/,
    );
  });

  it("surfaces PutMetricData parameter errors with their legacy codes", async () => {
    const input = { Namespace: NS, MetricData: [{ MetricName: "m", Value: 1.5, Values: [1, 10] }] };
    const message =
      "The parameters MetricData.member.1.Value and MetricData.member.1.Values are mutually exclusive and you have specified both.";
    const jsonError = await json()
      .send(new PutMetricDataCommand(input))
      .catch((e: unknown) => e);
    expect(jsonError).toMatchObject({ message, $metadata: { httpStatusCode: 400 } });
    expect((jsonError as { name: string }).name).toMatch(/^InvalidParameterCombination/);
    const queryError = await query()
      .send(new QueryPutMetricData(input))
      .catch((e: unknown) => e);
    expect(queryError).toMatchObject({ message });
    expect((queryError as { name: string }).name).toMatch(/^InvalidParameterCombination/);
  });

  it("surfaces the GetMetricStatistics datapoint limit", async () => {
    const error = await json()
      .send(
        new GetMetricStatisticsCommand({
          Namespace: NS,
          MetricName: "metric1",
          StartTime: new Date(TEST_NOW.getTime() - 86400_000),
          EndTime: TEST_NOW,
          Period: 1,
          Statistics: ["Sum"],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ message: expect.stringContaining("exceeds the limit of 1440") });
  });
});
