import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { startLeaderElection, type Leadership } from "./leader";

// Leader election on a real PostgreSQL: one leader at a time, and a poller gated by isLeader() keeps
// running on another replica when the leader stops or its session dies.

let database: TestDatabase;
const running: Leadership[] = [];
const CHECK_MS = 150;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.stop()));
});
afterAll(async () => {
  await database.drop();
});

function replica(): Leadership {
  const leadership = startLeaderElection({ connectionString: database.url, checkMs: CHECK_MS });
  running.push(leadership);
  return leadership;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

/** What the alarm and Health pollers do: work only while leader. */
function gatedPoller(leadership: Leadership) {
  let ticks = 0;
  const timer = setInterval(() => {
    if (leadership.isLeader()) ticks++;
  }, 25);
  return { ticks: () => ticks, stop: () => clearInterval(timer) };
}

describe("leader election", () => {
  it("elects exactly one leader and hands polling over when the leader stops", async () => {
    const a = replica();
    await until(() => a.isLeader(), 5_000);
    const b = replica();
    const c = replica();
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS * 4));
    expect([a, b, c].filter((l) => l.isLeader())).toHaveLength(1);
    expect(a.isLeader()).toBe(true);

    const changes: boolean[] = [];
    b.onLeadershipChange((leader) => changes.push(leader));
    const pollers = [a, b, c].map(gatedPoller);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pollers[0]?.ticks()).toBeGreaterThan(0);
    expect(pollers[1]?.ticks()).toBe(0);
    expect(pollers[2]?.ticks()).toBe(0);

    await a.stop();
    const took = await until(() => b.isLeader() || c.isLeader(), 5_000);
    console.log(`leadership taken over ${took} ms after the leader stopped`);
    const successor = pollers[b.isLeader() ? 1 : 2];
    const before = successor?.ticks() ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(successor?.ticks()).toBeGreaterThan(before);
    expect([b, c].filter((l) => l.isLeader())).toHaveLength(1);
    if (b.isLeader()) expect(changes).toEqual([true]);
    pollers.forEach((p) => p.stop());
  });

  it("replaces a leader whose database session dies", async () => {
    const a = replica();
    await until(() => a.isLeader(), 5_000);
    const b = replica();
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS * 2));
    expect(b.isLeader()).toBe(false);

    // The leader's session is killed server-side, as when its process crashes or its network goes.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l
       WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.granted`,
      [0x5757, 1],
    );
    await admin.end();
    await until(() => b.isLeader() || a.isLeader(), 5_000);
    await until(() => !(a.isLeader() && b.isLeader()), 5_000);
    expect([a, b].filter((l) => l.isLeader())).toHaveLength(1);
  });

  it("replaces a leader that hangs: PostgreSQL ends its silent session", async () => {
    // A leader that stops talking (a frozen process, a cut network) never confirms its session again.
    const hung = startLeaderElection({ connectionString: database.url, checkMs: 60_000, silenceMs: 1_000 });
    running.push(hung);
    await until(() => hung.isLeader(), 5_000);
    const b = replica();
    const took = await until(() => b.isLeader(), 10_000);
    console.log(`a silent leader (silence limit 1 s) was replaced after ${took} ms`);
  });
});
