// The demo alarms against the demo incident schedule: they fire during the incidents and are OK otherwise,
// except the ones that never receive data.
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloudWatchService, MetricsBackend } from "@/lib/simulator/cloudwatch";
import { clientConfig, startTestSimulator } from "@/lib/simulator/core/test-support";
import {
  INCIDENTS,
  incidentOccurrences,
  PRODUCTION_ACCOUNT_ID,
  STAGING_ACCOUNT_ID,
  type DemoIncident,
} from "@/lib/simulator/demo";
import type { Simulator } from "@/lib/simulator/server";
import { demoAlarmDefinitions } from "./demo-alarms";
import { AlarmEngine, alarmOperations } from "./index";

const DAY = Date.UTC(2026, 5, 3) / 1000;
const MIN = 60;

function occurrence(id: string): { incident: DemoIncident; start: number; end: number } {
  const found = incidentOccurrences(DAY, DAY + 86_400).find(
    (o) => o.incident.id === id && o.start >= DAY + 3600,
  );
  if (!found) throw new Error(`no occurrence of ${id}`);
  return found;
}

/** The first time after `after` with no incident in the 90 minutes before it, anywhere. */
function quietTime(after: number): number {
  for (let t = after; t < after + 86_400; t += MIN) {
    if (incidentOccurrences(t - 90 * MIN, t + MIN).length === 0) return t;
  }
  throw new Error("no quiet time");
}

const NO_DATA = ["legacy-batch-cpu-high", "disk-used-high", "throttles-table"];

describe("demo alarms", () => {
  const clock = { now: 0 };
  const backend = new MetricsBackend({ clock: () => new Date(clock.now) });
  const engine = new AlarmEngine({ backend });
  const states = async (account: string, region: string, at: number) => {
    clock.now = at * 1000;
    return engine.run(
      account,
      region,
      clock.now,
      (scope) => new Map([...scope.alarms].map(([n, a]) => [n, a.state.value])),
    );
  };

  it("are derived from the inventory of every demo account and Region", () => {
    const prod = demoAlarmDefinitions(PRODUCTION_ACCOUNT_ID, "us-east-1").map((d) => d.config.name);
    expect(prod).toEqual(
      expect.arrayContaining([
        "prod-web-3-cpu-high",
        "prod-checkout-latency-p99-high",
        "prod-checkout-degraded",
      ]),
    );
    expect(prod.length).toBeGreaterThan(15);
    expect(new Set(prod).size).toBe(prod.length);
    expect(demoAlarmDefinitions("999999999999", "us-east-1")).toEqual([]);
    expect(demoAlarmDefinitions(PRODUCTION_ACCOUNT_ID, "sa-east-1")).toEqual([]);
  });

  // Evaluation only moves forward in time, so the checks run in time order on one engine.
  const checks: Array<{ label: string; at: () => number; account: string; region: string; alarm: string[] }> =
    [
      {
        label: "web CPU spike",
        at: () => occurrence("prod-web-cpu-spike").start + 10 * MIN,
        account: PRODUCTION_ACCOUNT_ID,
        region: "us-east-1",
        alarm: ["prod-web-3-cpu-high", "prod-web-fleet-unhealthy", "prod-prod-web-alb-latency-anomaly"],
      },
      {
        label: "staging status checks",
        at: () => occurrence("staging-status-check-failure").start + 10 * MIN,
        account: STAGING_ACCOUNT_ID,
        region: "us-east-1",
        alarm: ["stg-web-1-status-check-failed", "stg-web-fleet-unhealthy"],
      },
      {
        label: "checkout error burst",
        at: () => occurrence("prod-checkout-error-burst").start + 7 * MIN,
        account: PRODUCTION_ACCOUNT_ID,
        region: "us-east-1",
        alarm: [
          "prod-prod-web-alb-5xx-count",
          "prod-prod-web-alb-5xx-error-rate",
          "prod-shop-checkout-errors",
          "prod-checkout-degraded",
        ],
      },
      {
        label: "checkout latency regression",
        at: () => occurrence("prod-checkout-latency-regression").start + 45 * MIN,
        account: PRODUCTION_ACCOUNT_ID,
        region: "us-east-1",
        alarm: [
          "prod-checkout-latency-p99-high",
          "prod-checkout-degraded",
          "prod-shop-db-primary-cpu-high",
          "prod-prod-web-alb-latency-anomaly",
        ],
      },
      {
        label: "DynamoDB throttling",
        at: () => occurrence("prod-apne1-dynamodb-throttling").start + 6 * MIN,
        account: PRODUCTION_ACCOUNT_ID,
        region: "ap-northeast-1",
        alarm: ["prod-shop-sessions-read-throttles"],
      },
      {
        label: "EU order backlog",
        at: () => occurrence("prod-eu-order-backlog").start + 25 * MIN,
        account: PRODUCTION_ACCOUNT_ID,
        region: "eu-west-1",
        alarm: ["prod-order-events-backlog-age", "prod-order-events-consumer-errors"],
      },
    ].sort((a, b) => a.at() - b.at());

  for (const check of checks) {
    it(`fire during the ${check.label} (and only the expected ones)`, async () => {
      const s = await states(check.account, check.region, check.at());
      const alarming = [...s]
        .filter(([, v]) => v === "ALARM")
        .map(([n]) => n)
        .sort();
      expect(alarming).toEqual([...check.alarm].sort());
    });
  }

  it("are OK or INSUFFICIENT_DATA away from incidents, and the no-data ones stay INSUFFICIENT_DATA", async () => {
    const t = quietTime(Math.max(...checks.map((c) => c.at())));
    for (const region of ["us-east-1", "eu-west-1", "ap-northeast-1"]) {
      for (const [name, value] of await states(PRODUCTION_ACCOUNT_ID, region, t)) {
        const noData = NO_DATA.some((suffix) => name.endsWith(suffix));
        expect([name, value]).toEqual([name, noData ? "INSUFFICIENT_DATA" : "OK"]);
      }
    }
    expect(incidentOccurrences(t - 90 * MIN, t, INCIDENTS)).toEqual([]);
  });
});

describe("demo alarms through the SDK", () => {
  let sim: Simulator;
  const spike = occurrence("prod-web-cpu-spike");
  let clock = new Date((spike.start + 12 * MIN) * 1000);

  beforeAll(async () => {
    sim = await startTestSimulator({ now: () => clock });
    const metrics = cloudWatchService({ clock: () => clock });
    sim.registerService({
      name: "cloudwatch",
      operations: { ...metrics.operations, ...alarmOperations({ backend: metrics.backend }) },
    });
  });
  afterAll(() => sim.close());

  it("shows the web CPU alarm in ALARM during the spike, with its history, and OK after it", async () => {
    const cw = new CloudWatchClient(clientConfig(sim, { maxAttempts: 1 }));
    const alarming = await cw.send(new DescribeAlarmsCommand({ StateValue: "ALARM" }));
    expect(alarming.MetricAlarms?.map((a) => a.AlarmName)).toContain("prod-web-3-cpu-high");
    const [web3] = alarming.MetricAlarms?.filter((a) => a.AlarmName === "prod-web-3-cpu-high") ?? [];
    expect(web3?.StateReason).toMatch(
      /^Threshold Crossed: [345] out of the last 5 datapoints were greater than the threshold \(85\.0\)\./,
    );
    const history = await cw.send(
      new DescribeAlarmHistoryCommand({
        AlarmName: "prod-web-3-cpu-high",
        HistoryItemType: "StateUpdate",
        MaxRecords: 1,
      }),
    );
    const last = history.AlarmHistoryItems?.[0];
    expect(last?.HistorySummary).toBe("Alarm updated from OK to ALARM");
    const at = (last?.Timestamp?.getTime() ?? 0) / 1000;
    expect(at).toBeGreaterThan(spike.start);
    expect(at).toBeLessThan(spike.start + 10 * MIN);
    clock = new Date((spike.end + 20 * MIN) * 1000);
    const after = await cw.send(new DescribeAlarmsCommand({ AlarmNames: ["prod-web-3-cpu-high"] }));
    expect(after.MetricAlarms?.[0]?.StateValue).toBe("OK");
  });
});
