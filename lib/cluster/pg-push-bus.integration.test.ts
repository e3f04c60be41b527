import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createCluster, type Cluster } from "./cluster";

// Server push across replicas: published on one, delivered to the subscribers on every replica.

let database: TestDatabase;
let a: Cluster;
let b: Cluster;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  a = createCluster({ connectionString: database.url, replicaId: "a" });
  b = createCluster({ connectionString: database.url, replicaId: "b" });
  await Promise.all([a.listener.ready(), b.listener.ready()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
  await database.drop();
});

function collect(cluster: Cluster, channel: string) {
  const received: string[] = [];
  const unsubscribe = cluster.push.subscribe(channel, (payload) => received.push(payload));
  return { received, unsubscribe };
}

async function until(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 5_000) throw new Error("message not delivered within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("PostgreSQL push bus", () => {
  it("fans a message out to subscribers on every replica, only on its channel", async () => {
    const onA = collect(a, "dashboard:1");
    const onB = collect(b, "dashboard:1");
    const other = collect(b, "dashboard:2");
    await a.push.publish("dashboard:1", '{"changed":true}');
    await until(() => onA.received.length === 1 && onB.received.length === 1);
    expect(onB.received).toEqual(['{"changed":true}']);
    expect(other.received).toEqual([]);

    onB.unsubscribe();
    await b.push.publish("dashboard:1", "second");
    await until(() => onA.received.length === 2);
    expect(onB.received).toHaveLength(1);
    [onA, other].forEach((s) => s.unsubscribe());
  });

  it("carries payloads larger than a NOTIFY allows", async () => {
    const onB = collect(b, "big");
    const payload = "x".repeat(100_000);
    await a.push.publish("big", payload);
    await until(() => onB.received.length === 1);
    expect(onB.received[0]).toBe(payload);
    onB.unsubscribe();
  });
});
