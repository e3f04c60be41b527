import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { createCluster, type Cluster } from "./cluster";

// The shared fetch on its own: concurrent replicas asking for one key fetch once; an owner's failure is
// handed back to the waiters as "fetch yourselves", never stored; a replica whose database is unreachable
// fetches on its own instead of waiting.

let database: TestDatabase;
const open: Cluster[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await database.drop();
});

function replica(name: string, url = database.url): Cluster {
  const cluster = createCluster({ connectionString: url, replicaId: name });
  open.push(cluster);
  return cluster;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SharedFetch", () => {
  it("fetches once for concurrent replicas and serves the answer to the others", async () => {
    const replicas = [replica("a"), replica("b"), replica("c")];
    await Promise.all(replicas.map((r) => r.listener.ready()));
    let fetches = 0;
    const results = await Promise.all(
      replicas.map((r) =>
        r.sharedFetch.run("k-once", 60_000, async () => {
          fetches++;
          await sleep(200);
          return { answer: 42 };
        }),
      ),
    );
    expect(fetches).toBe(1);
    expect(results.map((r) => r.value)).toEqual([{ answer: 42 }, { answer: 42 }, { answer: 42 }]);
    // All carry the time AWS answered, whoever fetched.
    expect(new Set(results.map((r) => r.fetchedAt)).size).toBe(1);
  });

  it("never stores a failure: waiters fetch for themselves", async () => {
    const [a, b] = [replica("fail-a"), replica("fail-b")];
    await Promise.all([a.listener.ready(), b.listener.ready()]);
    // Warm both pools so the order of the claims below is the order of the calls.
    await Promise.all([a.pool.query("SELECT 1"), b.pool.query("SELECT 1")]);
    const first = a.sharedFetch.run("k-fail", 60_000, async () => {
      await sleep(400);
      throw new Error("ThrottlingException");
    });
    await sleep(150);
    let ownFetch = false;
    const second = b.sharedFetch.run("k-fail", 60_000, async () => {
      ownFetch = true;
      return "fresh";
    });
    await expect(first).rejects.toThrow("ThrottlingException");
    expect((await second).value).toBe("fresh");
    expect(ownFetch).toBe(true);
    // b fetched alone (no claim) after a's failure: nothing was stored for the key.
    const rows = await a.pool.query(`SELECT state FROM "ClusterFetch" WHERE key = 'k-fail'`);
    expect(rows.rowCount).toBe(0);
  });

  it("fetches on its own, without hanging, when the database cannot be reached", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
      });
    });
    const lonely = replica("lonely", `postgresql://postgres@127.0.0.1:${closedPort}/watchwall`);
    const started = performance.now();
    const result = await lonely.sharedFetch.run("k-alone", 60_000, async () => "direct");
    expect(result.value).toBe("direct");
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
