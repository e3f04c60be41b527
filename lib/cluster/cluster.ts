import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { clusterFetches, clusterLeader } from "@/lib/telemetry/metrics";
import { startLeaderElection, type Leadership } from "./leader";
import { PgListener } from "./listener";
import { createPgPushBus, sweepPushMessages, type PushBus } from "./pg-push-bus";
import { ScreenCounts, sweepScreenCounts } from "./screen-counts";
import { SharedFetch } from "./shared-fetch";
import { SlotLimiter, sweepSlots, type SlotLimiterOptions } from "./slot-limiter";

// A replica's membership in the cluster of Watchwall servers that share one PostgreSQL: its shared AWS
// fetches, its leadership and its push bus. One per process (kept on globalThis, like the Prisma client,
// so the launcher and the Next.js bundle share it); tests create as many as they need to act as replicas.

/** [I] The leader clears expired shared answers and old push messages this often. */
export const SWEEP_INTERVAL_MS = 60_000;
/** [I] Connections a replica uses for cluster work besides its listening and leader sessions. */
export const CLUSTER_POOL_MAX = 8;
/** [I] Longest a cluster query may take before the replica carries on without the cluster. */
export const CLUSTER_DB_TIMEOUT_MS = 3_000;

export interface Cluster {
  replicaId: string;
  pool: pg.Pool;
  listener: PgListener;
  sharedFetch: SharedFetch;
  leadership: Leadership;
  push: PushBus;
  /** Open screens per dashboard, counted on every replica. */
  screens: ScreenCounts;
  /** A concurrency budget shared with the other replicas (closed with the cluster). */
  slotLimiter(options: Omit<SlotLimiterOptions, "pool" | "listener" | "replicaId">): SlotLimiter;
  close(): Promise<void>;
}

export interface ClusterOptions {
  connectionString: string;
  replicaId?: string;
  leaderCheckMs?: number;
  leaderSilenceMs?: number;
  sweepMs?: number;
  screenHeartbeatMs?: number;
  screenTtlMs?: number;
}

export function createCluster(options: ClusterOptions): Cluster {
  const replicaId = options.replicaId ?? `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  // Bounded waits: with the database unreachable a fetch falls back to AWS directly instead of hanging.
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: CLUSTER_POOL_MAX,
    connectionTimeoutMillis: CLUSTER_DB_TIMEOUT_MS,
    query_timeout: CLUSTER_DB_TIMEOUT_MS,
  });
  // An idle connection lost with the database must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const listener = new PgListener(options.connectionString);
  void listener.ready().catch(() => undefined);
  const sharedFetch = new SharedFetch({
    pool,
    listener,
    replicaId,
    onOutcome: (result) => clusterFetches.inc({ result }),
  });
  const leadership = startLeaderElection({
    connectionString: options.connectionString,
    checkMs: options.leaderCheckMs,
    silenceMs: options.leaderSilenceMs,
  });
  const push = createPgPushBus(pool, listener);
  const screens = new ScreenCounts({
    pool,
    replicaId,
    heartbeatMs: options.screenHeartbeatMs,
    ttlMs: options.screenTtlMs,
  });
  const limiters = new Set<SlotLimiter>();

  let sweeper: NodeJS.Timeout | undefined;
  const stopWatching = leadership.onLeadershipChange((leader) => {
    clusterLeader.set(leader ? 1 : 0);
    if (sweeper) clearInterval(sweeper);
    sweeper = undefined;
    if (!leader) return;
    sweeper = setInterval(() => {
      void Promise.all([
        sharedFetch.sweep(),
        sweepPushMessages(pool),
        sweepScreenCounts(pool),
        sweepSlots(pool),
      ]).catch(() => undefined);
    }, options.sweepMs ?? SWEEP_INTERVAL_MS);
    sweeper.unref();
  });

  return {
    replicaId,
    pool,
    listener,
    sharedFetch,
    leadership,
    push,
    screens,
    slotLimiter(limiterOptions) {
      const limiter = new SlotLimiter({ ...limiterOptions, pool, listener, replicaId });
      limiters.add(limiter);
      return limiter;
    },
    async close() {
      stopWatching();
      if (sweeper) clearInterval(sweeper);
      sharedFetch.close();
      await Promise.all([screens.close(), ...[...limiters].map((l) => l.close())]);
      await leadership.stop();
      await listener.close();
      await pool.end().catch(() => undefined);
    },
  };
}

const KEY = Symbol.for("watchwall.cluster");

/** This process's cluster membership, started on first use from DATABASE_URL. */
export function cluster(): Cluster {
  const holder = globalThis as { [KEY]?: Cluster };
  const existing = holder[KEY];
  if (existing) return existing;
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set (the launcher sets it when it starts the embedded database)");
  const created = createCluster({ connectionString: url });
  holder[KEY] = created;
  return created;
}

/** Whether this replica is the leader now: the pollers run only where this is true. */
export function isLeader(): boolean {
  return cluster().leadership.isLeader();
}

export function onLeadershipChange(listener: (leader: boolean) => void): () => void {
  return cluster().leadership.onLeadershipChange(listener);
}

/** Closes this process's cluster membership (graceful shutdown hands leadership over at once). */
export async function closeCluster(): Promise<void> {
  const holder = globalThis as { [KEY]?: Cluster };
  const existing = holder[KEY];
  holder[KEY] = undefined;
  await existing?.close();
}
