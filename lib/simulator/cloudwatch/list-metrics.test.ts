import { describe, expect, it } from "vitest";
import { PRODUCTION_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/demo";
import {
  invoke,
  invokeError,
  legacyCode,
  testContext,
  testService,
  TEST_NOW_SECONDS,
} from "./handler-test-support";

interface Listed {
  Namespace: string;
  MetricName: string;
  Dimensions: Array<{ Name: string; Value: string }>;
}

async function listAll(input: Record<string, unknown>, accountId = PRODUCTION_ACCOUNT_ID) {
  const service = testService();
  const metrics: Listed[] = [];
  const owners: string[] = [];
  const pageSizes: number[] = [];
  let token: unknown;
  do {
    const out = await invoke(
      service,
      "ListMetrics",
      { ...input, ...(token ? { NextToken: token } : {}) },
      testContext({ accountId }),
    );
    const page = out.Metrics as Listed[];
    pageSizes.push(page.length);
    metrics.push(...page);
    owners.push(...((out.OwningAccounts as string[] | undefined) ?? []));
    token = out.NextToken;
  } while (token);
  return { metrics, owners, pageSizes };
}

describe("ListMetrics", () => {
  it("lists put metrics immediately, each dimension set as its own entry", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", {
      Namespace: "Test/List",
      MetricData: [
        { MetricName: "CPUUtilization", Value: 15 },
        { MetricName: "MemoryUtilization", Dimensions: [{ Name: "InstanceId", Value: "one" }], Value: 30 },
        { MetricName: "DiskReadOps", Dimensions: [{ Name: "InstanceId", Value: "two" }], Value: 15 },
        {
          MetricName: "DiskWriteOps",
          Dimensions: [{ Name: "InstanceId", Value: "two" }],
          StatisticValues: { Maximum: 1, Minimum: 1, SampleCount: 1, Sum: 1 },
        },
        { MetricName: "DiskWriteOps", Dimensions: [{ Name: "InstanceId", Value: "two" }], Value: 3 },
      ],
    });
    const list = async (input: Record<string, unknown>) =>
      (await invoke(service, "ListMetrics", { Namespace: "Test/List", ...input })).Metrics as Listed[];
    expect(await list({})).toHaveLength(4);
    expect(await list({ MetricName: "CPUUtilization" })).toEqual([
      { Namespace: "Test/List", MetricName: "CPUUtilization", Dimensions: [] },
    ]);
    expect(await list({ Dimensions: [{ Name: "InstanceId" }] })).toHaveLength(3);
    expect(await list({ Dimensions: [{ Name: "InstanceId", Value: "two" }] })).toHaveLength(2);
  });

  it("lists the demo inventory of the caller's account and Region", async () => {
    const { metrics } = await listAll({ Namespace: "AWS/Lambda", MetricName: "Duration" });
    expect(metrics.map((m) => m.Dimensions[0]?.Value).sort()).toEqual([
      "image-resizer",
      "nightly-report",
      "order-events-consumer",
      "shop-cart-api",
      "shop-checkout",
    ]);
  });

  it("leaves out daily S3 storage metrics under RecentlyActive=PT3H", async () => {
    const all = await listAll({ Namespace: "AWS/S3" });
    const recent = await listAll({ Namespace: "AWS/S3", RecentlyActive: "PT3H" });
    expect(all.metrics.some((m) => m.MetricName === "BucketSizeBytes")).toBe(true);
    expect(recent.metrics.some((m) => m.MetricName === "BucketSizeBytes")).toBe(false);
    expect(recent.metrics.some((m) => m.MetricName === "AllRequests")).toBe(true);
  });

  it("pages 500 at a time with every metric exactly once, and names owners across linked accounts", async () => {
    const { metrics, owners, pageSizes } = await listAll({ IncludeLinkedAccounts: true });
    expect(pageSizes[0]).toBe(500);
    expect(pageSizes.length).toBeGreaterThan(1);
    expect(owners).toHaveLength(metrics.length);
    expect(new Set(owners)).toEqual(
      new Set([PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID, SHARED_SERVICES_ACCOUNT_ID]),
    );
    const keys = metrics.map(
      (m, i) => `${owners[i]}|${m.Namespace}|${m.MetricName}|${JSON.stringify(m.Dimensions)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const local = await listAll({});
    expect(local.owners).toEqual([]);
    expect(metrics.length).toBeGreaterThan(local.metrics.length);
  });

  it("restricts to one source account with OwningAccount", async () => {
    const { owners } = await listAll({
      IncludeLinkedAccounts: true,
      OwningAccount: SHARED_SERVICES_ACCOUNT_ID,
    });
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set([SHARED_SERVICES_ACCOUNT_ID]));
  });

  it("lists only local metrics, without owners, outside a monitoring account", async () => {
    const { owners, metrics } = await listAll(
      { IncludeLinkedAccounts: true, Namespace: "AWS/EC2", MetricName: "StatusCheckFailed" },
      STAGING_ACCOUNT_ID,
    );
    expect(owners).toEqual([]);
    expect(metrics).toHaveLength(3);
  });

  it("rejects a token from another request", async () => {
    const service = testService();
    const first = await invoke(service, "ListMetrics", { IncludeLinkedAccounts: true });
    expect(first.NextToken).toBeDefined();
    const error = await invokeError(service, "ListMetrics", {
      NextToken: first.NextToken,
      Namespace: "AWS/EC2",
    });
    expect(legacyCode(error)).toBe("InvalidParameterValue");
    expect(error.message).toBe("Request parameter NextToken is invalid");
  });

  it("drops put metrics that have had no data for two weeks", async () => {
    const service = testService();
    await invoke(service, "PutMetricData", {
      Namespace: "Test/Old",
      MetricData: [{ MetricName: "m", Value: 1, Timestamp: TEST_NOW_SECONDS - 13 * 86400 }],
    });
    const later = testContext({ now: new Date((TEST_NOW_SECONDS + 2 * 86400) * 1000) });
    expect((await invoke(service, "ListMetrics", { Namespace: "Test/Old" })).Metrics).toHaveLength(1);
    expect((await invoke(service, "ListMetrics", { Namespace: "Test/Old" }, later)).Metrics).toHaveLength(0);
  });
});
