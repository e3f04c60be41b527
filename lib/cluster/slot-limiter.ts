import crypto from "node:crypto";
import type pg from "pg";
import type { PgListener } from "./listener";

// A concurrency budget shared by every replica on one PostgreSQL (the Logs Insights queries in flight per
// account and Region: AWS counts them per account and Region, whichever server sent them).
//
// Why a table of leased slots rather than advisory locks: a held advisory lock lives in a session, so holding
// up to 30 slots per account and Region at once would pin as many dedicated connections per replica, for
// minutes (a query runs until it completes). A slot row costs no connection while held: the budget's N slots
// are rows ("ClusterSlot", primary key (key, slot)); taking one is a single INSERT … ON CONFLICT DO UPDATE …
// WHERE the lease has run out, which the primary key makes atomic: two replicas racing for the same free
// slot cannot both get it (the loser's statement updates nothing and it tries again). The holder renews its
// leases every SLOT_RENEW_MS; a replica that crashes or hangs stops renewing, and its slots are free again
// after SLOT_LEASE_MS (below the 30 s the issue allows). A release deletes the row and NOTIFYs, so waiters
// on every replica try at once; they also re-try every SLOT_RECHECK_MS, which is how an expired slot is
// noticed. Waiters on one replica are served in order; across replicas whoever asks first after a release
// wins. Waiting is bounded (SLOT_WAIT_MAX_MS): past it the request fails with a clear error.
//
// If the database cannot be reached the replica falls back to its own budget (the same limit, counted here
// only), like the shared fetch falls back to fetching alone: AWS's LimitExceededException is retried with
// backoff anyway, so a short overshoot during an outage costs retries, not failures.

export const SLOT_CHANNEL = "watchwall_slots";
/** [I] A slot not renewed for this long is free again (a crashed replica's slots come back within it). */
export const SLOT_LEASE_MS = 20_000;
/** [I] The holder renews its leases this often: several renewals fit in one lease. */
export const SLOT_RENEW_MS = 5_000;
/** [I] Waiters re-try this often besides being woken by releases (expired leases send no notification). */
export const SLOT_RECHECK_MS = 1_000;
/** [I] Longest a request waits for a slot before failing. */
export const SLOT_WAIT_MAX_MS = 120_000;

/** The wait for a slot lasted longer than allowed: the budget stayed in use by other queries. */
export class SlotWaitTimeoutError extends Error {
  override name = "SlotWaitTimeoutError";
}

export interface SlotLimiterOptions {
  pool: pg.Pool;
  listener: PgListener;
  replicaId: string;
  /** The budget of a key. */
  limitFor: (key: string) => number;
  /** Describes a key in error messages, e.g. "account 1111… in us-east-1". */
  describe?: (key: string) => string;
  leaseMs?: number;
  renewMs?: number;
  recheckMs?: number;
  waitMaxMs?: number;
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Held {
  key: string;
  token: string;
  /** Counted only here: the database could not be reached when it was granted. */
  local: boolean;
}

export class SlotLimiter {
  private readonly queues = new Map<string, Waiter[]>();
  private readonly held = new Map<string, Held>();
  private readonly pumping = new Set<string>();
  /** Keys asked to pump again while a pump ran (a release it may have missed). */
  private readonly repump = new Set<string>();
  private readonly leaseMs: number;
  private readonly recheckMs: number;
  private readonly waitMaxMs: number;
  private readonly renewTimer: NodeJS.Timeout;
  private recheckTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(private readonly options: SlotLimiterOptions) {
    this.leaseMs = options.leaseMs ?? SLOT_LEASE_MS;
    this.recheckMs = options.recheckMs ?? SLOT_RECHECK_MS;
    this.waitMaxMs = options.waitMaxMs ?? SLOT_WAIT_MAX_MS;
    this.unsubscribe = options.listener.subscribe(SLOT_CHANNEL, (key) => {
      if (this.queues.get(key)?.length) void this.pump(key);
    });
    this.renewTimer = setInterval(() => void this.renew(), options.renewMs ?? SLOT_RENEW_MS);
    this.renewTimer.unref();
  }

  /** Slots this replica holds and requests waiting here (the cluster-wide count is `clusterActive`). */
  usage(key: string): { active: number; waiting: number; limit: number } {
    let active = 0;
    for (const h of this.held.values()) if (h.key === key) active++;
    return { active, waiting: this.queues.get(key)?.length ?? 0, limit: this.options.limitFor(key) };
  }

  /** Slots of `key` held by any replica now (leases still running). */
  async clusterActive(key: string): Promise<number> {
    const result = await this.options.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ClusterSlot" WHERE key = $1 AND "leaseUntil" > now()`,
      [key],
    );
    return result.rows[0]?.n ?? 0;
  }

  acquire(key: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.closed) return Promise.reject(new Error("the slot limiter is closed"));
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(key) ?? [];
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        timer: setTimeout(() => {
          if (!this.remove(key, waiter)) return;
          const what = this.options.describe?.(key) ?? key;
          reject(
            new SlotWaitTimeoutError(
              `waited ${Math.round(this.waitMaxMs / 1000)} s for one of the ${this.options.limitFor(key)} concurrent queries allowed in ${what} (shared by every Watchwall server); try again when fewer queries run`,
            ),
          );
        }, this.waitMaxMs),
      };
      if (signal) {
        waiter.onAbort = () => {
          if (this.remove(key, waiter)) reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      queue.push(waiter);
      this.queues.set(key, queue);
      this.armRecheck();
      void this.pump(key);
    });
  }

  private remove(key: string, waiter: Waiter): boolean {
    const queue = this.queues.get(key);
    const i = queue?.indexOf(waiter) ?? -1;
    if (!queue || i < 0) return false;
    queue.splice(i, 1);
    if (queue.length === 0) this.queues.delete(key);
    clearTimeout(waiter.timer);
    if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
    return true;
  }

  /** Grants slots to this key's waiters, in order, while the budget has room. One pump per key at a time. */
  private async pump(key: string): Promise<void> {
    if (this.pumping.has(key)) {
      this.repump.add(key);
      return;
    }
    this.pumping.add(key);
    try {
      while (!this.closed && this.queues.get(key)?.length) {
        this.repump.delete(key);
        const granted = await this.claim(key);
        if (!granted) {
          if (this.repump.has(key)) continue;
          return;
        }
        const waiter = this.queues.get(key)?.[0];
        if (!waiter || !this.remove(key, waiter)) {
          // Its waiter left (aborted, timed out) while the claim was in flight: give the slot back.
          await this.release(granted);
          continue;
        }
        waiter.resolve(this.releaser(granted));
      }
    } finally {
      this.pumping.delete(key);
      this.repump.delete(key);
    }
  }

  private releaser(held: Held): () => void {
    this.held.set(held.token, held);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      void this.release(held).finally(() => {
        if (this.queues.get(held.key)?.length) void this.pump(held.key);
      });
    };
  }

  /** A free slot of `key` for this replica, or undefined when the budget is used up. */
  private async claim(key: string): Promise<Held | undefined> {
    const limit = this.options.limitFor(key);
    const token = crypto.randomUUID();
    try {
      // A racing replica may take the slot chosen here first (then no row comes back): try a few times, as
      // another slot may still be free. The slots are tried from a random start to make such races rare.
      for (let attempt = 0; attempt < 3; attempt++) {
        const result = await this.options.pool.query<{ slot: number }>(
          `INSERT INTO "ClusterSlot" (key, slot, holder, token, "leaseUntil")
           SELECT $1, s.slot, $2, $3, now() + $4::double precision * interval '1 millisecond'
           FROM (SELECT (g + $6::int) % $5::int AS slot FROM generate_series(0, $5::int - 1) AS g) s
           WHERE NOT EXISTS (
             SELECT 1 FROM "ClusterSlot" c WHERE c.key = $1 AND c.slot = s.slot AND c."leaseUntil" > now())
           LIMIT 1
           ON CONFLICT (key, slot) DO UPDATE
             SET holder = EXCLUDED.holder, token = EXCLUDED.token, "leaseUntil" = EXCLUDED."leaseUntil"
             WHERE "ClusterSlot"."leaseUntil" <= now()
           RETURNING slot`,
          [key, this.options.replicaId, token, this.leaseMs, limit, Math.floor(Math.random() * limit)],
        );
        if (result.rowCount === 1) return { key, token, local: false };
        const free = await this.options.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "ClusterSlot" WHERE key = $1 AND "leaseUntil" > now()`,
          [key],
        );
        if ((free.rows[0]?.n ?? limit) >= limit) return undefined;
      }
      return undefined;
    } catch {
      // Database unreachable: this replica's own budget, counted here.
      const local = [...this.held.values()].filter((h) => h.key === key && h.local).length;
      return local < limit ? { key, token, local: true } : undefined;
    }
  }

  private async release(held: Held): Promise<void> {
    this.held.delete(held.token);
    if (held.local) return;
    await this.options.pool
      .query(
        `WITH d AS (DELETE FROM "ClusterSlot" WHERE token = $1 RETURNING key)
         SELECT pg_notify($2, key) FROM d`,
        [held.token, SLOT_CHANNEL],
      )
      // Not deleted (database away): the lease runs out by itself, as a crashed replica's would.
      .catch(() => undefined);
  }

  private async renew(): Promise<void> {
    const tokens = [...this.held.values()].filter((h) => !h.local).map((h) => h.token);
    if (tokens.length === 0) return;
    await this.options.pool
      .query(
        `UPDATE "ClusterSlot" SET "leaseUntil" = now() + $2::double precision * interval '1 millisecond'
         WHERE token = ANY($1::text[])`,
        [tokens, this.leaseMs],
      )
      .catch(() => undefined);
  }

  /** While anyone waits, every key with waiters is re-tried now and then (expired leases notify nobody). */
  private armRecheck(): void {
    if (this.recheckTimer || this.closed) return;
    this.recheckTimer = setInterval(() => {
      if (this.queues.size === 0) {
        clearInterval(this.recheckTimer);
        this.recheckTimer = undefined;
        return;
      }
      for (const key of this.queues.keys()) void this.pump(key);
    }, this.recheckMs);
    this.recheckTimer.unref();
  }

  /** Stops renewing, gives every held slot back, and fails the waiters (server shutdown). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.renewTimer);
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.unsubscribe();
    for (const [key, queue] of [...this.queues]) {
      for (const waiter of [...queue]) {
        if (this.remove(key, waiter)) waiter.reject(new Error("the server is shutting down"));
      }
    }
    await Promise.all([...this.held.values()].map((h) => this.release(h)));
  }

  /** Test hook: stop renewing without releasing, as a replica that crashed would. */
  abandon(): void {
    this.closed = true;
    clearInterval(this.renewTimer);
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.unsubscribe();
  }
}

/** Drops slot rows whose lease ran out a while ago (the leader runs this; expired slots are free anyway). */
export async function sweepSlots(pool: pg.Pool): Promise<number> {
  const result = await pool.query(
    `DELETE FROM "ClusterSlot" WHERE "leaseUntil" < now() - interval '1 minute'`,
  );
  return result.rowCount ?? 0;
}
