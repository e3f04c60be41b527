import type pg from "pg";
import type { PgListener } from "./listener";

// Single-flight across replicas, through PostgreSQL: the first replica to need a result claims it with a
// lease row ("ClusterFetch"), fetches, stores the answer and NOTIFYs; every other replica that needs the
// same result meanwhile waits for that notification (or the lease to run out) and reads the stored answer.
// A stored answer is served to any replica until it expires. Failures are never stored: the owner deletes
// its claim and the waiters fetch for themselves, so an error is never passed off as data. When the
// database cannot be reached the replica simply fetches on its own.

export const FETCH_CHANNEL = "watchwall_fetch";
/** [I] How long a claim stays valid: longer than any GetMetricData with the SDK's retries. */
export const FETCH_LEASE_MS = 30_000;
/** [I] Waiters re-read the row this often in case a notification was lost (listener reconnecting). */
export const WAIT_RECHECK_MS = 1_000;

export type SharedOutcome = "shared-hit" | "owner" | "waited" | "fallback";

export interface SharedFetchOptions {
  pool: pg.Pool;
  listener: PgListener;
  /** Identifies this replica in lease rows. */
  replicaId: string;
  leaseMs?: number;
  recheckMs?: number;
  /** Observes how each request was served (for /metrics). */
  onOutcome?: (outcome: SharedOutcome) => void;
}

export interface SharedValue<T> {
  value: T;
  /** Epoch ms when the value was fetched from AWS (by whichever replica). */
  fetchedAt: number;
}

interface Row {
  state: string;
  owner: string;
  payload: string | null;
  fresh: boolean;
  leaseLive: boolean;
  fetchedAt: Date | null;
}

export class SharedFetch {
  private readonly waiters = new Map<string, Set<(signal: string) => void>>();
  private readonly leaseMs: number;
  private readonly recheckMs: number;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeReconnect: (() => void) | undefined;

  constructor(private readonly options: SharedFetchOptions) {
    this.leaseMs = options.leaseMs ?? FETCH_LEASE_MS;
    this.recheckMs = options.recheckMs ?? WAIT_RECHECK_MS;
    this.unsubscribe = options.listener.subscribe(FETCH_CHANNEL, (payload) => this.notified(payload));
    this.unsubscribeReconnect = options.listener.onReconnect(() => {
      for (const [key, set] of this.waiters) for (const wake of [...set]) wake(`recheck:${key}`);
    });
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribeReconnect?.();
    this.unsubscribe = this.unsubscribeReconnect = undefined;
  }

  /**
   * The value for `key`: stored by any replica and still fresh, fetched by another replica right now, or
   * fetched here. `ttlMs` is how long a successful answer may be served from the shared table.
   */
  async run<T>(key: string, ttlMs: number, fetch: () => Promise<T>): Promise<SharedValue<T>> {
    const wait = this.waitFor(key);
    try {
      const claimed = await this.claimOrRead(key);
      if (claimed === "unavailable") return await this.fetchHere(fetch, "fallback");
      if (claimed === "owner") return await this.fetchAsOwner(key, ttlMs, fetch);
      if (claimed.kind === "done") return this.decode<T>(claimed.row, "shared-hit");
      // Another replica is fetching: wait for its notification, re-reading now and then.
      const deadline = Date.now() + this.leaseMs + this.recheckMs;
      while (Date.now() < deadline) {
        await wait.next(this.recheckMs);
        const row = await this.read(key).catch(() => undefined);
        if (!row) break;
        if (row.state === "done" && row.fresh) return this.decode<T>(row, "waited");
        if (row.state !== "pending" || !row.leaseLive) break;
      }
      return await this.fetchHere(fetch, "fallback");
    } finally {
      wait.dispose();
    }
  }

  private async fetchHere<T>(fetch: () => Promise<T>, outcome: SharedOutcome): Promise<SharedValue<T>> {
    this.options.onOutcome?.(outcome);
    const fetchedAt = Date.now();
    return { value: await fetch(), fetchedAt };
  }

  private async fetchAsOwner<T>(
    key: string,
    ttlMs: number,
    fetch: () => Promise<T>,
  ): Promise<SharedValue<T>> {
    this.options.onOutcome?.("owner");
    const fetchedAt = Date.now();
    let value: T;
    try {
      value = await fetch();
    } catch (error) {
      await this.release(key);
      throw error;
    }
    // Stored in the background: this replica's viewers need not wait for the other replicas' copy. It is
    // served only for what is left of its lifetime, counted from when AWS answered. Encoding it (hundreds of
    // kilobytes of JSON) waits until the callers of this fetch have taken the value on.
    setImmediate(() => this.store(key, ttlMs, value, fetchedAt));
    return { value, fetchedAt };
  }

  private store<T>(key: string, ttlMs: number, value: T, fetchedAt: number): void {
    let payload: string;
    try {
      payload = JSON.stringify(value);
    } catch {
      void this.release(key);
      return;
    }
    void this.options.pool
      .query(
        `WITH u AS (
           UPDATE "ClusterFetch" SET state = 'done', payload = $3,
             "fetchedAt" = to_timestamp($4::double precision / 1000),
             "expiresAt" = to_timestamp(($4::double precision + $5::double precision) / 1000)
           WHERE key = $1 AND owner = $2 RETURNING key)
         SELECT pg_notify($6, 'done:' || key) FROM u`,
        [key, this.options.replicaId, payload, fetchedAt, ttlMs, FETCH_CHANNEL],
      )
      .catch(() => this.release(key));
  }

  /** Gives the claim up (fetch failed, or its answer could not be stored): waiters fetch for themselves. */
  private async release(key: string): Promise<void> {
    await this.options.pool
      .query(
        `WITH d AS (DELETE FROM "ClusterFetch" WHERE key = $1 AND owner = $2 RETURNING key)
         SELECT pg_notify($3, 'failed:' || key) FROM d`,
        [key, this.options.replicaId, FETCH_CHANNEL],
      )
      .catch(() => undefined);
  }

  private decode<T>(row: Row, outcome: SharedOutcome): SharedValue<T> {
    this.options.onOutcome?.(outcome);
    return {
      value: JSON.parse(row.payload ?? "null") as T,
      fetchedAt: row.fetchedAt?.getTime() ?? Date.now(),
    };
  }

  private async read(key: string): Promise<Row | undefined> {
    const result = await this.options.pool.query<Row>(
      `SELECT state, owner, payload, "fetchedAt",
              ("expiresAt" IS NOT NULL AND "expiresAt" > now()) AS fresh,
              ("leaseUntil" > now()) AS "leaseLive"
       FROM "ClusterFetch" WHERE key = $1`,
      [key],
    );
    return result.rows[0];
  }

  /** "owner" when this replica now holds the lease; the row when another has it; "unavailable" on DB error. */
  private async claimOrRead(
    key: string,
  ): Promise<"owner" | "unavailable" | { kind: "done" | "pending"; row: Row }> {
    try {
      // Claim first: on one replica, or the first to ask, that is the only round trip before fetching.
      const claim = await this.options.pool.query(
        `INSERT INTO "ClusterFetch" (key, owner, state, "leaseUntil")
         VALUES ($1, $2, 'pending', now() + $3::double precision * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, state = 'pending',
           "leaseUntil" = EXCLUDED."leaseUntil", payload = NULL, "expiresAt" = NULL, "fetchedAt" = NULL
         WHERE ("ClusterFetch".state = 'done' AND "ClusterFetch"."expiresAt" <= now())
            OR ("ClusterFetch".state = 'pending' AND "ClusterFetch"."leaseUntil" <= now())
         RETURNING owner`,
        [key, this.options.replicaId, this.leaseMs],
      );
      if (claim.rowCount === 1) return "owner";
      const row = await this.read(key);
      if (!row) return "unavailable";
      return { kind: row.state === "done" && row.fresh ? "done" : "pending", row };
    } catch {
      return "unavailable";
    }
  }

  private notified(payload: string): void {
    const key = payload.slice(payload.indexOf(":") + 1);
    for (const wake of [...(this.waiters.get(key) ?? [])]) wake(payload);
  }

  /** Registered before the claim, so a notification sent between claim and wait is not missed. */
  private waitFor(key: string) {
    let pending: ((signal: string) => void) | undefined;
    let buffered = false;
    const wake = () => {
      if (pending) {
        const resolve = pending;
        pending = undefined;
        resolve("");
      } else buffered = true;
    };
    let set = this.waiters.get(key);
    if (!set) {
      set = new Set();
      this.waiters.set(key, set);
    }
    set.add(wake);
    return {
      next: (timeoutMs: number) =>
        new Promise<void>((resolve) => {
          if (buffered) {
            buffered = false;
            resolve();
            return;
          }
          const timer = setTimeout(() => {
            pending = undefined;
            resolve();
          }, timeoutMs);
          pending = () => {
            clearTimeout(timer);
            resolve();
          };
        }),
      dispose: () => {
        const current = this.waiters.get(key);
        current?.delete(wake);
        if (current?.size === 0) this.waiters.delete(key);
      },
    };
  }

  /** Drops answers and abandoned claims that nobody can use any more (the leader runs this). */
  async sweep(): Promise<number> {
    const result = await this.options.pool.query(
      `DELETE FROM "ClusterFetch"
       WHERE ("expiresAt" IS NOT NULL AND "expiresAt" < now() - interval '1 minute')
          OR (state = 'pending' AND "leaseUntil" < now() - interval '1 minute')`,
    );
    return result.rowCount ?? 0;
  }
}
