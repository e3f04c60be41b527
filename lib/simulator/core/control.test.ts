// The /_simulator/ control API and fault scoping, observed through the real CloudWatch client.
import { CloudWatchClient, ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEchoCloudWatch, type EchoCall } from "./echo-cloudwatch.test-helper";
import type { StatsSnapshot } from "./stats";
import { clientConfig, startTestSimulator, type ClientOptions } from "./test-support";
import type { Simulator } from "@/lib/simulator/server";

let sim: Simulator;
const calls: EchoCall[] = [];

beforeAll(async () => {
  sim = await startTestSimulator({ services: [createEchoCloudWatch(calls)] });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.url}/_simulator/faults`, { method: "DELETE" });
  await fetch(`${sim.url}/_simulator/stats/reset`, { method: "POST" });
});

function listMetrics(options: ClientOptions = {}) {
  return new CloudWatchClient(clientConfig(sim, { maxAttempts: 1, ...options })).send(
    new ListMetricsCommand({}),
  );
}

async function outcome(options: ClientOptions = {}): Promise<string> {
  try {
    await listMetrics(options);
    return "ok";
  } catch (e) {
    return e instanceof Error ? e.name : "?";
  }
}

async function control(path: string, method = "GET", body?: unknown) {
  const res = await fetch(`${sim.url}/_simulator/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const STAGING_KEY = "AKIASTAGEDEMO0000002";

describe("/_simulator/faults", () => {
  it("replaces, lists and clears rules, rejecting invalid ones", async () => {
    const rules = [{ operation: "ListMetrics", throttle: 1, count: 1 }];
    expect(await control("faults", "POST", rules)).toMatchObject({
      status: 200,
      body: { rules: [{ remaining: 1 }] },
    });
    expect((await control("faults")).body.rules).toHaveLength(1);
    expect(await outcome()).toBe("Throttling");
    expect(await outcome()).toBe("ok");
    expect((await control("faults")).body).toMatchObject({ rules: [{ remaining: 0 }] });

    const invalid = await control("faults", "POST", [{ operation: "ListMetrics", throttle: 2 }]);
    expect(invalid.status).toBe(400);
    expect(String(invalid.body.error)).toMatch(/invalid fault rules/);
    expect((await control("faults", "POST", [{ operation: "ListMetrics" }])).status).toBe(400);
    expect((await control("faults", "POST", [{ typo: true, throttle: true }])).status).toBe(400);
    const garbled = await fetch(`${sim.url}/_simulator/faults`, { method: "POST", body: "{nope" });
    expect(garbled.status).toBe(400);

    await control("faults", "POST", { rules: [{ throttle: true }] });
    expect(await outcome()).toBe("Throttling");
    expect((await control("faults", "DELETE")).body).toEqual({ rules: [] });
    expect(await outcome()).toBe("ok");
  });

  it("scopes faults by account, Region and operation", async () => {
    await control("faults", "POST", [
      { account: "222222222222", region: "eu-west-1", throttle: true },
      { operation: "GetMetricData", error: true, errorStatus: 500 },
    ]);
    expect(await outcome({ accessKeyId: STAGING_KEY, region: "eu-west-1" })).toBe("Throttling");
    expect(await outcome({ accessKeyId: STAGING_KEY, region: "us-east-1" })).toBe("ok");
    expect(await outcome({ region: "eu-west-1" })).toBe("ok");

    await control("faults", "POST", [
      { service: "logs", throttle: true },
      { operation: ["DescribeAlarms"], throttle: true },
    ]);
    expect(await outcome()).toBe("ok");
    await control("faults", "POST", [
      { service: "cloudwatch", operation: ["DescribeAlarms", "ListMetrics"], error: true },
    ]);
    expect(await outcome()).toBe("ServiceUnavailable");
  });

  it("adds latency to matching calls only", async () => {
    await control("faults", "POST", [{ region: "ap-northeast-1", latencyMs: 250 }]);
    let t = performance.now();
    await listMetrics({ region: "ap-northeast-1" });
    expect(performance.now() - t).toBeGreaterThanOrEqual(240);
    t = performance.now();
    await listMetrics();
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe("/_simulator/stats and health", () => {
  it("counts calls, errors and throttles per operation, account and Region, and resets", async () => {
    await control("faults", "POST", [{ throttle: true, count: 1 }]);
    await outcome();
    await outcome();
    await outcome({ accessKeyId: STAGING_KEY, region: "eu-west-1" });
    const stats = (await control("stats")).body as unknown as StatsSnapshot;
    expect(stats.operations.ListMetrics).toMatchObject({
      service: "cloudwatch",
      calls: 3,
      errors: 1,
      throttles: 1,
      injected: 1,
      errorCodes: { Throttling: 1 },
    });
    expect(stats.operations.ListMetrics?.byAccount["111111111111"]).toMatchObject({ calls: 2, throttles: 1 });
    expect(stats.operations.ListMetrics?.byAccount["222222222222"]?.byRegion["eu-west-1"]?.calls).toBe(1);
    expect(stats.operations.ListMetrics?.byRegion["us-east-1"]?.calls).toBe(2);
    expect(stats.requests).toBe(3);
    expect(sim.stats.calls("ListMetrics")).toBe(3);

    await fetch(sim.url, { method: "POST", body: "{}" });
    expect(((await control("stats")).body as unknown as StatsSnapshot).rejected).toEqual({
      count: 1,
      errorCodes: { UnknownOperationException: 1 },
    });

    const reset = await control("stats/reset", "POST");
    expect(reset.body).toMatchObject({ requests: 0, operations: {} });
    expect(sim.stats.calls("ListMetrics")).toBe(0);
  });

  it("reports readiness and registered services; unknown endpoints are 404", async () => {
    expect(await control("health")).toMatchObject({
      status: 200,
      body: { status: "ok", services: ["cloudwatch"] },
    });
    expect((await control("nope")).status).toBe(404);
    expect((await control("stats", "DELETE")).status).toBe(405);
  });
});
