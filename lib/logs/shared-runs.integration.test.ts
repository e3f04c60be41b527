import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AccountTarget } from "@/lib/aws/account-config";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startEmbeddedSimulator, type EmbeddedSimulator } from "@/lib/simulator/embed";
import { awsLogsBackend } from "./backend";
import { InProcessLimiter } from "./limiter";
import { planRun } from "./plan";
import type { RunHooks } from "./run";
import { SharedRuns } from "./shared-runs";

// Shared runs end to end: the real SDK against the simulator, STS AssumeRole included.

let simulator: EmbeddedSimulator;
let runtime: AwsRuntime;
let accounts: AccountTarget[];

beforeAll(async () => {
  simulator = await startEmbeddedSimulator({ host: "127.0.0.1", port: 0 });
  runtime = { mode: "simulator", endpoint: simulator.url, baseCredentials: simulator.baseCredentials };
  accounts = simulator.accounts.map((a, i) => ({ ...a, id: `acct-${i}` }));
});
afterAll(async () => {
  await simulator.close();
});
beforeEach(async () => {
  await fetch(`${simulator.url}/_simulator/stats/reset`, { method: "POST" });
  await fetch(`${simulator.url}/_simulator/faults`, { method: "DELETE" });
});

async function calls(operation: string): Promise<number> {
  const body = (await (await fetch(`${simulator.url}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return body.operations[operation]?.calls ?? 0;
}

function runs(limit = 10, hooks: RunHooks = {}) {
  const backend = awsLogsBackend(async (id) => accounts.find((a) => a.accountId === id), runtime);
  return new SharedRuns(backend, new InProcessLimiter(() => limit), Date.now, hooks);
}

const ALB = "/watchwall/alb/prod-web-alb/access-logs";
const HOUR = 3600_000;
const pastRange = () => {
  const end = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  return { type: "absolute" as const, start: end - HOUR, end };
};
const spec = (query: string, range = pastRange()) =>
  planRun(
    { query, groups: [{ accountId: "111111111111", region: "us-east-1", name: ALB }], mode: "groups", range },
    Date.now(),
  );

describe("shared Logs Insights runs", () => {
  it("tells its hook what each completed query scanned, for the range it scanned (cost estimates)", async () => {
    const seen: Array<{ scope: string; bytes: number; rangeMs: number }> = [];
    const shared = runs(10, {
      onScopeComplete: (scope, statistics, rangeMs) =>
        seen.push({ scope: `${scope.accountId}/${scope.region}`, bytes: statistics.bytesScanned, rangeMs }),
    });
    const ticket = shared.open(spec("stats count(*) as n by bin(30m)"));
    await ticket.run.done;
    expect(seen).toEqual([
      {
        scope: "111111111111/us-east-1",
        bytes: ticket.run.snapshot().statistics.bytesScanned,
        rangeMs: HOUR,
      },
    ]);
    expect(seen[0]?.bytes).toBeGreaterThan(0);
    await shared.release(ticket.id);
  });

  it("serves every viewer of the same query and range with one StartQuery, and keeps past results", async () => {
    const shared = runs();
    const s = spec("stats count(*) as n by bin(5m)");
    const tickets = Array.from({ length: 8 }, () => shared.open(s));
    expect(new Set(tickets.map((t) => t.run)).size).toBe(1);
    await tickets[0]?.run.done;
    const snap = tickets[0]?.run.snapshot();
    expect(snap?.status).toBe("complete");
    expect(snap?.rows.length).toBe(12);
    expect(snap?.statistics.bytesScanned).toBeGreaterThan(0);
    expect(snap?.costUsd).toBeGreaterThan(0);
    for (const t of tickets) await shared.release(t.id);
    // Wholly in the past: a later viewer gets the kept result without a new query.
    const later = shared.open(s);
    expect(later.reused).toBe(true);
    expect(await calls("StartQuery")).toBe(1);
    await shared.release(later.id);
  });

  it("stops the query in AWS when its last viewer leaves", async () => {
    const shared = runs();
    const s = spec("fields @timestamp, @message | sort @timestamp desc", {
      type: "absolute",
      start: Date.now() - 48 * HOUR,
      end: Date.now() - 24 * HOUR,
    });
    const a = shared.open(s);
    const b = shared.open(s);
    for (let i = 0; i < 100 && !a.run.snapshot().scopes[0]?.queryId; i++)
      await new Promise((r) => setTimeout(r, 20));
    await shared.release(a.id);
    expect(a.run.finished).toBe(false);
    await shared.release(b.id);
    expect(a.run.snapshot().status).toBe("cancelled");
    expect(await calls("StopQuery")).toBe(1);
  });

  it("queues queries beyond the account's limit and retries a throttled StartQuery", async () => {
    await fetch(`${simulator.url}/_simulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ service: "logs", operation: "StartQuery", throttle: true, count: 1 }]),
    });
    const shared = runs(1);
    const first = shared.open(spec("stats count(*) by bin(10m)"));
    const second = shared.open(spec("stats count(*) by bin(15m)"));
    expect(shared.limiter.usage("111111111111/us-east-1").waiting).toBe(1);
    await Promise.all([first.run.done, second.run.done]);
    expect(first.run.snapshot().status).toBe("complete");
    expect(second.run.snapshot().status).toBe("complete");
    expect(await calls("StartQuery")).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it("runs one query per account and Region and merges the rows with their scope", async () => {
    const shared = runs();
    const spec2 = planRun(
      {
        query: "stats count(*) as n",
        groups: [
          { accountId: "111111111111", region: "us-east-1", name: ALB },
          { accountId: "222222222222", region: "us-east-1", name: "/watchwall/alb/stg-web-alb/access-logs" },
        ],
        mode: "groups",
        range: pastRange(),
      },
      Date.now(),
    );
    const ticket = shared.open(spec2);
    await ticket.run.done;
    const snap = ticket.run.snapshot();
    expect(snap.status).toBe("complete");
    expect(snap.scopes.map((s) => s.accountId)).toEqual(["111111111111", "222222222222"]);
    expect(snap.rows.map((r) => r["@scope"]).sort()).toEqual([
      "111111111111 us-east-1",
      "222222222222 us-east-1",
    ]);
    expect(await calls("StartQuery")).toBe(2);
  });
});
