import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { fetchPanels } from "@/lib/metrics/fetch-panels";
import type { MetricDataSource, PanelQuery, PanelRequest } from "@/lib/metrics/types";
import { UnitStore } from "@/lib/metrics/fetch-unit-store";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createCluster, type Cluster } from "./cluster";
import { sharedMetricSource } from "@/lib/metrics/shared-metric-source";

// Two Watchwall replicas on one PostgreSQL and one simulator, each with its own in-process store and its own
// cluster membership (pool, listening session, leader session), exactly as two servers would have: eight
// viewers spread over both cost the AWS calls of one viewer.

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
let accounts: AccountTarget[];
let database: TestDatabase;
const open: Cluster[] = [];

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  accounts = simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
  database = await createTestDatabase({ migrate: true });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
  await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
});
afterAll(async () => {
  await simulator.close();
  await database.drop();
});

async function gmd(): Promise<{ calls: number; queries: number }> {
  const body = (await (await fetch(`${simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number; units: Record<string, number> }>;
  };
  const op = body.operations.GetMetricData;
  return { calls: op?.calls ?? 0, queries: op?.units.metricQueries ?? 0 };
}

async function resetStats(): Promise<void> {
  await fetch(`${simulator.url}/_simulator/stats/reset`, { method: "POST" });
}

function awsSource(): MetricDataSource {
  return createMetricDataSource(async (id) => accounts.find((a) => a.accountId === id), runtime);
}

interface Replica {
  cluster: Cluster;
  view(panels: PanelRequest[], range: { start: number; end: number }): ReturnType<typeof fetchPanels>;
}

function replica(name: string): Replica {
  const cluster = createCluster({ connectionString: database.url, replicaId: name });
  open.push(cluster);
  const store = new UnitStore();
  const source = sharedMetricSource(awsSource(), cluster.sharedFetch);
  return { cluster, view: (panels, range) => fetchPanels(panels, range, { source, store }) };
}

const metric = (id: string, asg: string, extra: Partial<PanelQuery> = {}): PanelQuery =>
  ({
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [{ name: "AutoScalingGroupName", value: asg }],
    stat: "Average",
    visible: true,
    ...extra,
  }) as PanelQuery;

function dashboard(): PanelRequest[] {
  const scopes = [
    ["111111111111", "us-east-1"],
    ["111111111111", "eu-west-1"],
    ["222222222222", "us-east-1"],
  ] as const;
  return scopes.flatMap(([accountId, region], s) =>
    [0, 1].map((w) => ({
      key: `w${s}-${w}`,
      accountId,
      region,
      period: 300,
      queries: [
        metric("m1", "production-web-asg"),
        metric("m2", "production-web-asg", { stat: w === 0 ? "Maximum" : "p99" }),
      ],
    })),
  );
}

const NOW = Date.now();
const RANGE = { start: NOW - 3 * 3600_000, end: NOW };
/** Another window, so answers the first test shared are not what this one reads. */
const EARLIER = { start: NOW - 9 * 3600_000, end: NOW - 6 * 3600_000 };

describe("replicas on one database", () => {
  it("8 viewers spread over 2 replicas cost the AWS calls of one viewer", async () => {
    const panels = dashboard();
    await resetStats();
    const alone = await fetchPanels(panels, RANGE, { source: awsSource(), store: new UnitStore() });
    const oneViewer = await gmd();
    expect(oneViewer.calls).toBeGreaterThan(0);
    expect(alone.every((p) => p.errors.length === 0 && p.series.length === 2)).toBe(true);

    await resetStats();
    const a = replica("replica-a");
    const b = replica("replica-b");
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : b).view(panels, RANGE)),
    );
    const eight = await gmd();
    // Console output is the figure for the issue note.
    console.log(
      `one viewer: ${JSON.stringify(oneViewer)}; 8 viewers on 2 replicas: ${JSON.stringify(eight)}`,
    );
    expect(eight).toEqual(oneViewer);
    for (const answer of answers) {
      expect(answer.map((p) => p.series.map((s) => s.values))).toEqual(
        alone.map((p) => p.series.map((s) => s.values)),
      );
    }

    // A viewer arriving later on either replica is served from the shared answer: no new AWS call.
    const c = replica("replica-c");
    await c.view(panels, RANGE);
    expect(await gmd()).toEqual(oneViewer);
  });

  it("never shares a failure as data: each replica reports the error itself", async () => {
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { service: "cloudwatch", operation: "GetMetricData", region: "eu-west-1", error: 1 },
      ]),
    });
    const panels = dashboard();
    const a = replica("replica-a");
    const b = replica("replica-b");
    const [fromA, fromB] = await Promise.all([a.view(panels, EARLIER), b.view(panels, EARLIER)]);
    for (const answer of [fromA, fromB]) {
      for (const panel of answer) {
        const inFailingRegion = panel.key.startsWith("w1-");
        expect(panel.errors.length > 0).toBe(inFailingRegion);
        expect(panel.series.length).toBe(inFailingRegion ? 0 : 2);
      }
    }
    const stored = await a.cluster.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "ClusterFetch" WHERE state = 'done' AND payload IS NULL`,
    );
    expect(Number(stored.rows[0]?.n)).toBe(0);

    // Once the Region recovers, the next fetch succeeds: the failure was not cached as an answer.
    await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
    const later = replica("replica-d");
    const recovered = await later.view(panels, EARLIER);
    expect(recovered.every((p) => p.errors.length === 0)).toBe(true);
  });
});
