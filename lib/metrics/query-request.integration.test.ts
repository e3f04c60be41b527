import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncAccounts } from "@/lib/accounts/repository";
import type { MetricWidget } from "@/lib/dashboards/model";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { metricsQueryBody, runMetricsQuery } from "./query-request";
import { invalidateAccountCache } from "./query-panels";

// POST /api/metrics/query's work against a real PostgreSQL and the simulator through the real SDK: a widget
// without an account reads the dashboard's account, never "the first registered one", and says so when that
// account is gone (issue 9 item 1); each panel comes back with its period and the accounts and Regions it reads.

withMigratedDatabase();

let simulator: EmbeddedSimulator;
beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
  process.env.WATCHWALL_SIMULATOR_URL = simulator.url;
  process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = simulator.baseCredentials.accessKeyId;
  process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = simulator.baseCredentials.secretAccessKey;
  await syncAccounts("simulator", simulator.accounts);
  invalidateAccountCache();
});
afterAll(async () => {
  await simulator.close();
});

const widget: MetricWidget = {
  type: "line",
  id: "cpu",
  position: { x: 0, y: 0, w: 12, h: 6 },
  region: "us-east-1",
  metrics: [
    {
      kind: "metric",
      id: "m1",
      namespace: "AWS/EC2",
      metricName: "CPUUtilization",
      dimensions: [{ name: "AutoScalingGroupName", value: "staging-web-asg" }],
      stat: "Average",
      visible: true,
    },
  ],
};

const body = (extra: Record<string, unknown>) =>
  metricsQueryBody.parse({ range: { type: "relative", duration: "PT3H" }, widgets: [widget], ...extra });

describe("runMetricsQuery", () => {
  it("reads the dashboard's account for widgets without one and tells which account and Region it read", async () => {
    const staging = simulator.accounts.find((a) => a.name.toLowerCase().includes("staging"));
    expect(staging).toBeDefined();
    const response = await runMetricsQuery(body({ defaultAccountId: staging?.accountId }));
    const panel = response.panels[0];
    expect(panel?.errors).toEqual([]);
    expect(panel?.series[0]?.accountId).toBe(staging?.accountId);
    expect(panel?.series[0]?.unit).toBe("Percent");
    expect(panel?.period.period).toBeGreaterThan(0);
    expect(panel?.reads).toEqual([
      { accountId: staging?.accountId, accountName: staging?.name, region: "us-east-1" },
    ]);
  });

  it("says so on the widget when the dashboard's account was removed, instead of reading another", async () => {
    const response = await runMetricsQuery(body({ defaultAccountId: "999999999999" }));
    expect(response.panels[0]?.series).toEqual([]);
    expect(response.panels[0]?.errors).toEqual([
      expect.objectContaining({
        accountId: "999999999999",
        failure: expect.objectContaining({
          code: "AccountRemoved",
          message: expect.stringMatching(/not registered/),
        }),
      }),
    ]);
  });

  it("never falls back to the first registered account", async () => {
    const response = await runMetricsQuery(body({}));
    expect(response.panels[0]?.series).toEqual([]);
    expect(response.panels[0]?.errors[0]?.failure.code).toBe("NoAccount");
  });
});

describe("POST /api/metrics/query with characters the lexer rejects (issue 9 item 7)", () => {
  it.each(["m1 😀 2", "m1 # 2", "m1 ~ 2"])("answers %j with a widget error, never a 500", async (text) => {
    const { POST } = await import("@/app/api/metrics/query/route");
    const staging = simulator.accounts[0];
    const body = {
      range: { type: "relative", duration: "PT3H" },
      defaultAccountId: staging?.accountId,
      widgets: [
        {
          ...widget,
          metrics: [
            { ...widget.metrics[0], visible: false },
            { kind: "expression", id: "e1", expression: text, visible: true },
          ],
        },
        { ...widget, id: "neighbour" },
      ],
    };
    const response = await POST(
      new Request("http://localhost/api/metrics/query", { method: "POST", body: JSON.stringify(body) }),
    );
    expect(response.status).toBe(200);
    const json = (await response.json()) as {
      panels: Array<{ key: string; errors: Array<{ queryId?: string }>; series: unknown[] }>;
    };
    expect(json.panels[0]?.errors.map((e) => e.queryId)).toEqual(["e1"]);
    expect(json.panels[1]?.errors).toEqual([]);
    expect(json.panels[1]?.series.length).toBeGreaterThan(0);
  });

  it("refuses NUL in an expression with a 400 naming the field", async () => {
    const { POST } = await import("@/app/api/metrics/query/route");
    const body = {
      range: { type: "relative", duration: "PT3H" },
      widgets: [
        { ...widget, metrics: [{ kind: "expression", id: "e1", expression: "m1 \u0000", visible: true }] },
      ],
    };
    const response = await POST(
      new Request("http://localhost/api/metrics/query", { method: "POST", body: JSON.stringify(body) }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /^widgets\.0\.metrics\.0\.expression: .*NUL/,
    );
  });
});
