import type pg from "pg";
import { clusterOpenScreens, openScreens as openScreensGauge } from "@/lib/telemetry/metrics";

// Open screens per dashboard, counted across replicas. Each replica counts its own (a screen is an open event
// stream of a dashboard) and publishes its counts into "ClusterScreenCount" — at once when they change
// (batched over SCREEN_PUBLISH_DEBOUNCE_MS) and every SCREEN_HEARTBEAT_MS anyway. Each row expires
// SCREEN_COUNT_TTL_MS after it was last published, so the screens of a replica that crashed stop counting
// by themselves; a replica that stops cleanly deletes its rows. The cluster-wide count of a dashboard is the
// sum of the live rows. Without a pool (no database) only this replica's screens are counted.

/** [I] A replica re-publishes its counts this often. */
export const SCREEN_HEARTBEAT_MS = 10_000;
/** [I] A replica's counts stop counting this long after it last published them (3 missed heartbeats). */
export const SCREEN_COUNT_TTL_MS = 30_000;
/** [I] Changes are published together after this pause, so a burst of screens is one write. */
export const SCREEN_PUBLISH_DEBOUNCE_MS = 200;

export interface ScreenCountsOptions {
  pool?: pg.Pool;
  replicaId: string;
  heartbeatMs?: number;
  ttlMs?: number;
  debounceMs?: number;
}

export class ScreenCounts {
  private readonly local = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private publishing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly ttlMs: number;

  constructor(private readonly options: ScreenCountsOptions) {
    this.ttlMs = options.ttlMs ?? SCREEN_COUNT_TTL_MS;
    if (options.pool) {
      this.heartbeat = setInterval(() => void this.publish(), options.heartbeatMs ?? SCREEN_HEARTBEAT_MS);
      this.heartbeat.unref();
    }
  }

  /** A screen of `dashboardId` opened on this replica; call the returned function when it closes. */
  open(dashboardId: string): () => void {
    this.local.set(dashboardId, (this.local.get(dashboardId) ?? 0) + 1);
    this.changed();
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.local.get(dashboardId) ?? 1) - 1;
      if (left > 0) this.local.set(dashboardId, left);
      else this.local.delete(dashboardId);
      this.changed();
    };
  }

  /** This replica's open screens of one dashboard, or of all. */
  localCount(dashboardId?: string): number {
    if (dashboardId !== undefined) return this.local.get(dashboardId) ?? 0;
    let total = 0;
    for (const n of this.local.values()) total += n;
    return total;
  }

  /**
   * Open screens of `dashboardId` on every replica. This replica's own are counted as they are now (not as
   * last published); if the database cannot be read, only they are.
   */
  async count(dashboardId: string): Promise<number> {
    const own = this.localCount(dashboardId);
    if (!this.options.pool) return own;
    try {
      const result = await this.options.pool.query<{ n: number }>(
        `SELECT coalesce(sum(screens), 0)::int AS n FROM "ClusterScreenCount"
         WHERE "dashboardId" = $1 AND "replicaId" <> $2 AND "expiresAt" > now()`,
        [dashboardId, this.options.replicaId],
      );
      return own + (result.rows[0]?.n ?? 0);
    } catch {
      return own;
    }
  }

  /** Open screens of every dashboard on every replica. */
  async total(): Promise<number> {
    const own = this.localCount();
    if (!this.options.pool) return own;
    const result = await this.options.pool.query<{ n: number }>(
      `SELECT coalesce(sum(screens), 0)::int AS n FROM "ClusterScreenCount"
       WHERE "replicaId" <> $1 AND "expiresAt" > now()`,
      [this.options.replicaId],
    );
    return own + (result.rows[0]?.n ?? 0);
  }

  private changed(): void {
    openScreensGauge.set(this.localCount());
    if (!this.options.pool || this.closed || this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.publish();
    }, this.options.debounceMs ?? SCREEN_PUBLISH_DEBOUNCE_MS);
    this.debounce.unref();
  }

  /** Writes this replica's counts (one statement: its rows become exactly the current counts). */
  publish(): Promise<void> {
    const pool = this.options.pool;
    if (!pool || this.closed) return this.publishing;
    // Serialised, so an older snapshot never lands after a newer one.
    this.publishing = this.publishing.then(async () => {
      const ids = [...this.local.keys()];
      const counts = ids.map((id) => this.local.get(id) ?? 0);
      try {
        await pool.query(
          `WITH current AS (
             SELECT * FROM unnest($2::text[], $3::int[]) AS c("dashboardId", screens)),
           gone AS (
             DELETE FROM "ClusterScreenCount" s WHERE s."replicaId" = $1
               AND NOT EXISTS (SELECT 1 FROM current c WHERE c."dashboardId" = s."dashboardId"))
           INSERT INTO "ClusterScreenCount" ("replicaId", "dashboardId", screens, "expiresAt")
           SELECT $1, c."dashboardId", c.screens, now() + $4::double precision * interval '1 millisecond'
           FROM current c
           ON CONFLICT ("replicaId", "dashboardId")
             DO UPDATE SET screens = EXCLUDED.screens, "expiresAt" = EXCLUDED."expiresAt"`,
          [this.options.replicaId, ids, counts, this.ttlMs],
        );
        clusterOpenScreens.set(await this.total());
      } catch {
        // The next heartbeat publishes again; meanwhile the other replicas keep the last counts until they expire.
      }
    });
    return this.publishing;
  }

  /** Stops publishing and deletes this replica's rows (a clean stop: its screens have closed). */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.debounce) clearTimeout(this.debounce);
    this.closed = true;
    await this.publishing;
    await this.options.pool
      ?.query(`DELETE FROM "ClusterScreenCount" WHERE "replicaId" = $1`, [this.options.replicaId])
      .catch(() => undefined);
  }

  /** Test hook: stop publishing without deleting anything, as a replica that crashed would. */
  abandon(): void {
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.debounce) clearTimeout(this.debounce);
  }
}

/** Drops rows of replicas gone for a while (the leader runs this; expired rows already count for nothing). */
export async function sweepScreenCounts(pool: pg.Pool): Promise<number> {
  const result = await pool.query(
    `DELETE FROM "ClusterScreenCount" WHERE "expiresAt" < now() - interval '1 minute'`,
  );
  return result.rowCount ?? 0;
}
