import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMetrics } from "@/lib/telemetry/endpoint";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createCluster, type Cluster } from "./cluster";

// Open screens counted across replicas: screens opened on two replicas add up on either, closing one counts
// at once, a replica that stops cleanly takes its screens with it, one that crashes stops counting when its
// rows expire; /metrics shows this replica's screens and the cluster's.

let database: TestDatabase;
const open: Cluster[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await database.drop();
});

function replica(name: string, ttlMs?: number): Cluster {
  const cluster = createCluster({
    connectionString: database.url,
    replicaId: name,
    screenHeartbeatMs: 200,
    ...(ttlMs ? { screenTtlMs: ttlMs } : {}),
  });
  open.push(cluster);
  return cluster;
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error(`${what} not within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function gauge(name: string): Promise<number> {
  const families = parsePrometheusTextFormat((await renderMetrics()).body);
  const family = families.find((f) => f.name === name);
  if (!family) throw new Error(`${name} missing from /metrics`);
  return Number(family.metrics[0]?.value);
}

describe("open screens across replicas", () => {
  it("adds up the screens of both replicas, per dashboard, and forgets closed ones", async () => {
    const [a, b] = [replica("screens-a"), replica("screens-b")];
    const closeA = [a.screens.open("dash-1"), a.screens.open("dash-1"), a.screens.open("dash-2")];
    const closeB = [b.screens.open("dash-1")];
    await until("both replicas' screens", async () => (await a.screens.count("dash-1")) === 3);
    expect(await b.screens.count("dash-1")).toBe(3);
    expect(await b.screens.count("dash-2")).toBe(1);
    expect(await a.screens.count("dash-3")).toBe(0);
    expect(await a.screens.total()).toBe(4);

    // /metrics: this process's screens (both test replicas live in it) and the cluster-wide figure.
    await until("the cluster gauge", async () => (await gauge("watchwall_cluster_open_screens")) === 4);

    closeA[0]?.();
    closeA[0]?.(); // closing twice counts once
    await until("a closed screen", async () => (await b.screens.count("dash-1")) === 2);
    closeB[0]?.();
    await until("the other replica's closed screen", async () => (await a.screens.count("dash-1")) === 1);

    // A clean stop takes the replica's screens away at once.
    await a.close();
    expect(await b.screens.count("dash-1")).toBe(0);
    expect(await b.screens.count("dash-2")).toBe(0);
    for (const close of [...closeA, ...closeB]) close();
  });

  it("stops counting a crashed replica's screens once its rows expire", async () => {
    const crashed = replica("screens-crashed", 1_000);
    const survivor = replica("screens-survivor");
    crashed.screens.open("dash-crash");
    crashed.screens.open("dash-crash");
    survivor.screens.open("dash-crash");
    await until("both replicas' screens", async () => (await survivor.screens.count("dash-crash")) === 3);
    // Heartbeats keep them counted past one lifetime.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await survivor.screens.count("dash-crash")).toBe(3);
    crashed.screens.abandon();
    const diedAt = Date.now();
    await until(
      "the crashed replica's rows to expire",
      async () => (await survivor.screens.count("dash-crash")) === 1,
    );
    expect(Date.now() - diedAt).toBeLessThan(5_000);
  });
});
