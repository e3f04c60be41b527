import parsePrometheusTextFormat, { type PrometheusFamily } from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTEXT_HEADER, encodeContext } from "@/lib/auth/principal";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import { db } from "@/lib/db/client";
import { awsLogsBackend } from "@/lib/logs/backend";
import { InProcessLimiter } from "@/lib/logs/limiter";
import { planRun } from "@/lib/logs/plan";
import { SharedRuns } from "@/lib/logs/shared-runs";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { GET } from "./route";

// /metrics read the way Prometheus reads it: the exposition parsed by a Prometheus text-format parser, after
// real SDK calls (one succeeding, one throttled) went through the call-counting middleware.

withMigratedDatabase();

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
});
afterAll(async () => {
  await simulator.close();
});

/** A scrape as the authentication gate hands it on: signed with the caller it admitted (or none). */
function scrape(kind?: "token" | "user") {
  const principal = kind ? { kind, id: "scraper", name: "prometheus", role: "viewer" as const } : null;
  return GET(
    new Request("http://localhost/metrics", {
      headers: principal ? { [CONTEXT_HEADER]: encodeContext({ principal, address: "127.0.0.1" }) } : {},
    }),
  );
}

function family(families: PrometheusFamily[], name: string): PrometheusFamily {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`${name} missing from /metrics`);
  return found;
}

describe("GET /metrics", () => {
  it("refuses a scraper without an API token, even a signed-in person", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("user")).status).toBe(401);
  });

  it("exposes AWS calls by service, operation, account, Region and outcome, and the spend they cost", async () => {
    const account = simulator.accounts[0];
    if (!account) throw new Error("no demo account");
    const source = createMetricDataSource(async () => ({ ...account, id: "metrics-test" }), runtime);
    const now = Math.floor(Date.now() / 300_000) * 300;
    const request = () =>
      source(
        { accountId: account.accountId, region: "eu-west-1" },
        {
          start: now - 3600,
          end: now,
          queries: [
            {
              Id: "m1",
              ReturnData: true,
              MetricStat: {
                Metric: {
                  Namespace: "AWS/EC2",
                  MetricName: "CPUUtilization",
                  Dimensions: [{ Name: "AutoScalingGroupName", Value: "production-web-asg" }],
                },
                Period: 300,
                Stat: "Average",
              },
            },
          ],
        },
      );
    await request();
    // Every attempt throttled: the SDK retries, then the call fails as throttled.
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ operation: "GetMetricData", throttle: true, count: 4 }]),
    });
    await expect(request()).rejects.toThrow();

    await db().$queryRaw`SELECT 1`;

    const response = await scrape("token");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const families = parsePrometheusTextFormat(await response.text());

    const calls = family(families, "watchwall_aws_calls_total");
    expect(calls.type).toBe("COUNTER");
    const gmd = calls.metrics.filter(
      (m) =>
        m.labels?.service === "cloudwatch" &&
        m.labels.operation === "GetMetricData" &&
        m.labels.account === account.accountId &&
        m.labels.region === "eu-west-1",
    );
    expect(Object.fromEntries(gmd.map((m) => [m.labels?.outcome, Number(m.value)]))).toEqual({
      success: 1,
      throttled: 1,
    });
    const retries = family(families, "watchwall_aws_retries_total").metrics.find(
      (m) => m.labels?.operation === "GetMetricData",
    );
    expect(Number(retries?.value)).toBe(3);

    const spend = family(families, "watchwall_aws_estimated_spend_usd_total").metrics.find(
      (m) => m.labels?.region === "eu-west-1",
    );
    // One metric requested by the successful call at $0.01 per 1,000.
    expect(Number(spend?.value)).toBeCloseTo(0.00001, 10);

    for (const name of [
      "watchwall_metric_queries_requested_total",
      "watchwall_metric_cache_lookups_total",
      "watchwall_logs_insights_bytes_scanned_total",
      "watchwall_open_screens",
      "watchwall_open_event_streams",
      "watchwall_http_request_duration_seconds",
      "watchwall_cluster_leader",
    ]) {
      family(families, name);
    }
    expect(family(families, "watchwall_http_request_duration_seconds").type).toBe("HISTOGRAM");
    const pool = family(families, "watchwall_db_pool_connections").metrics;
    expect(Number(pool.find((m) => m.labels?.state === "total")?.value)).toBeGreaterThanOrEqual(1);
  });

  it("counts the bytes each Logs Insights query scanned, by account and Region, from GetQueryResults", async () => {
    const backend = awsLogsBackend(async (id) => {
      const account = simulator.accounts.find((a) => a.accountId === id);
      return account ? { ...account, id: "logs-metrics-test" } : undefined;
    }, runtime);
    const runs = new SharedRuns(backend, new InProcessLimiter(() => 5));
    const hour = 3600_000;
    const end = Math.floor(Date.now() / hour) * hour - hour;
    const spec = planRun(
      {
        query: "stats count(*) by bin(5m)",
        groups: [
          { accountId: "111111111111", region: "us-east-1", name: "/watchwall/alb/prod-web-alb/access-logs" },
        ],
        mode: "groups",
        range: { type: "absolute", start: end - hour, end },
      },
      Date.now(),
    );
    const ticket = runs.open(spec);
    await ticket.run.done;
    const snapshot = ticket.run.snapshot();
    expect(snapshot.status).toBe("complete");
    const scanned = snapshot.statistics.bytesScanned;
    expect(scanned).toBeGreaterThan(0);
    await runs.release(ticket.id);

    const families = parsePrometheusTextFormat(await (await scrape("token")).text());
    const bytes = family(families, "watchwall_logs_insights_bytes_scanned_total");
    expect(bytes.type).toBe("COUNTER");
    const sample = bytes.metrics.find(
      (m) => m.labels?.account === "111111111111" && m.labels.region === "us-east-1",
    );
    expect(Number(sample?.value)).toBe(scanned);
    const spend = family(families, "watchwall_aws_estimated_spend_usd_total").metrics.find(
      (m) => m.labels?.service === "logs" && m.labels.region === "us-east-1",
    );
    // $0.005 per GB (10^9 bytes) in us-east-1.
    expect(Number(spend?.value)).toBeCloseTo((scanned / 1e9) * 0.005, 12);
  });
});
