import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAccounts, syncAccounts } from "@/lib/accounts/repository";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { withMigratedDatabase } from "@/lib/testing/database";
import { startAlarmPollers } from "./poller";
import { alarmDetail, alarmsSummary, listAlarmsView } from "./service";

// What the alarm routes serve, from snapshots the pollers wrote, with history and graphs read through the
// real SDK from the simulator (the server's own runtime configuration, as the launcher sets it).

withMigratedDatabase();

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
const PROD = "111111111111";

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  process.env.WATCHWALL_AWS_MODE_RESOLVED = "simulator";
  process.env.WATCHWALL_SIMULATOR_URL = simulator.url;
  process.env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID = simulator.baseCredentials.accessKeyId;
  process.env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY = simulator.baseCredentials.secretAccessKey;
  await syncAccounts("simulator", simulator.accounts);
  const pollers = startAlarmPollers({ intervalMs: 3600_000, accounts: listAccounts, runtime });
  await pollers.pollAll();
  await pollers.stop();
});
afterAll(async () => {
  await simulator.close();
});

describe("alarm service", () => {
  it("lists, filters and counts every polled alarm", async () => {
    const all = await listAlarmsView({}, "name");
    const summary = await alarmsSummary();
    expect(summary.sources).toBe(9);
    expect(summary.unreadable).toBe(0);
    expect(summary.counts.ALARM + summary.counts.OK + summary.counts.INSUFFICIENT_DATA).toBe(
      all.alarms.length,
    );
    const composites = await listAlarmsView({ types: ["composite"], accounts: [PROD] }, "name");
    expect(composites.alarms.length).toBeGreaterThan(0);
    expect(composites.alarms.every((a) => a.type === "composite" && a.accountId === PROD)).toBe(true);
  });

  it("details a metric alarm: history, states along the range, threshold and the graph's data", async () => {
    const detail = await alarmDetail({
      account: PROD,
      region: "us-east-1",
      name: "prod-web-3-cpu-high",
      range: "1d",
    });
    expect(detail.history.length).toBeGreaterThan(0);
    expect(detail.segments.some((s) => s.state === "ALARM")).toBe(true);
    expect(detail.segments[0]?.start).toBe(detail.range.start);
    expect(detail.segments.at(-1)?.end).toBe(detail.range.end);
    expect(detail.widget?.annotations?.horizontal).toEqual([
      expect.objectContaining({ kind: "line", value: 85 }),
    ]);
    expect(detail.graph?.panels[0]?.series[0]?.values.length).toBeGreaterThan(100);
    expect(detail.graphError).toBeUndefined();
  });

  it("graphs an anomaly-band alarm's metric with its band and no threshold line", async () => {
    const detail = await alarmDetail({
      account: PROD,
      region: "us-east-1",
      name: "prod-prod-web-alb-latency-anomaly",
      range: "3h",
    });
    expect(detail.widget?.annotations?.horizontal).toEqual([]);
    const series = detail.graph?.panels[0]?.series ?? [];
    expect(series.length).toBeGreaterThanOrEqual(2);
  });

  it("details a composite alarm with its rule's children", async () => {
    const detail = await alarmDetail({
      account: PROD,
      region: "us-east-1",
      name: "prod-checkout-degraded",
      range: "3h",
    });
    expect(detail.children.map((c) => c.alarm?.name)).toContain("prod-checkout-latency-p99-high");
    expect(detail.widget).toBeUndefined();
  });
});
