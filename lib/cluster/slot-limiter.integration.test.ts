import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createCluster, type Cluster } from "./cluster";
import { SlotWaitTimeoutError, type SlotLimiter } from "./slot-limiter";

// The Logs Insights budget shared by two replicas on one database: together they never hold more slots than
// the budget under parallel load, waiters get slots as others release them, a dead holder's slots come back
// once its leases run out, and a wait that lasts too long fails with a clear error.

let database: TestDatabase;
const open: Cluster[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await database.drop();
});

function replica(name: string): Cluster {
  const cluster = createCluster({ connectionString: database.url, replicaId: name });
  open.push(cluster);
  return cluster;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SlotLimiter across replicas", () => {
  it("two replicas under parallel load never exceed the budget together, and every request is served", async () => {
    const BUDGET = 3;
    const [a, b] = [replica("slots-a"), replica("slots-b")];
    await Promise.all([a.listener.ready(), b.listener.ready()]);
    const limiters = [a, b].map((c) => c.slotLimiter({ limitFor: () => BUDGET, recheckMs: 200 }));
    let inFlight = 0;
    let peak = 0;
    let peakInDatabase = 0;
    const served: number[] = [];
    const job = async (limiter: SlotLimiter, i: number) => {
      const release = await limiter.acquire("111111111111/us-east-1");
      inFlight++;
      peak = Math.max(peak, inFlight);
      peakInDatabase = Math.max(peakInDatabase, await limiter.clusterActive("111111111111/us-east-1"));
      await sleep(20 + (i % 5) * 10);
      inFlight--;
      served.push(i);
      release();
    };
    // Another key has a budget of its own: it is not held up by the first.
    const other = limiters[1]?.acquire("222222222222/us-east-1");
    await Promise.all(Array.from({ length: 40 }, (_, i) => job(limiters[i % 2] as SlotLimiter, i)));
    (await other)?.();
    expect(served).toHaveLength(40);
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(BUDGET);
    expect(peakInDatabase).toBeLessThanOrEqual(BUDGET);
    // Both replicas took part.
    expect(served.some((i) => i % 2 === 0) && served.some((i) => i % 2 === 1)).toBe(true);
  }, 60_000);

  it("gives a crashed replica's slots to a waiting replica once their leases run out", async () => {
    const [dead, alive] = [replica("slots-dead"), replica("slots-alive")];
    await Promise.all([dead.listener.ready(), alive.listener.ready()]);
    const leaseMs = 1_500;
    const crashed = dead.slotLimiter({ limitFor: () => 2, leaseMs, renewMs: 300 });
    const survivor = alive.slotLimiter({ limitFor: () => 2, leaseMs, renewMs: 300, recheckMs: 100 });
    await crashed.acquire("k-crash");
    await crashed.acquire("k-crash");
    // Held beyond one lease while its holder lives: renewals keep them.
    await sleep(leaseMs + 500);
    expect(await survivor.clusterActive("k-crash")).toBe(2);
    const waiting = survivor.acquire("k-crash");
    let granted = false;
    void waiting.then(() => (granted = true));
    await sleep(300);
    expect(granted).toBe(false);
    // The holder dies without releasing: no more renewals, no notification.
    const diedAt = Date.now();
    crashed.abandon();
    const release = await waiting;
    const reclaimedAfter = Date.now() - diedAt;
    expect(reclaimedAfter).toBeLessThan(leaseMs + 3_000);
    expect(survivor.usage("k-crash")).toMatchObject({ active: 1, waiting: 0, limit: 2 });
    release();
  }, 30_000);

  it("wakes a waiter on another replica at once when a slot is released, and bounds the wait", async () => {
    const [a, b] = [replica("slots-wake-a"), replica("slots-wake-b")];
    await Promise.all([a.listener.ready(), b.listener.ready()]);
    const holder = a.slotLimiter({ limitFor: () => 1 });
    // Rechecks far apart: only the release's notification can wake the waiter quickly.
    const waiter = b.slotLimiter({ limitFor: () => 1, recheckMs: 60_000, waitMaxMs: 800 });
    const release = await holder.acquire("k-wake");
    await expect(waiter.acquire("k-wake")).rejects.toBeInstanceOf(SlotWaitTimeoutError);
    await expect(waiter.acquire("k-wake")).rejects.toThrow(/waited 1 s for one of the 1 concurrent queries/);

    const patient = b.slotLimiter({ limitFor: () => 1, recheckMs: 60_000 });
    const waiting = patient.acquire("k-wake");
    await sleep(200);
    const releasedAt = Date.now();
    release();
    const next = await waiting;
    // Well before the next recheck (60 s): the release's NOTIFY woke it.
    expect(Date.now() - releasedAt).toBeLessThan(3_000);
    next();

    const controller = new AbortController();
    const blocker = await holder.acquire("k-wake");
    const aborted = patient.acquire("k-wake", controller.signal);
    controller.abort(new Error("viewer left"));
    await expect(aborted).rejects.toThrow("viewer left");
    expect(patient.usage("k-wake").waiting).toBe(0);
    blocker();
  }, 30_000);
});
