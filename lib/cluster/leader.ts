import pg from "pg";

// Leader election through PostgreSQL: the replica whose dedicated session holds a session-level advisory
// lock is the leader; the others try to take it every few seconds. A leader that dies loses its session,
// and with it the lock, at once; one that hangs or is cut off from the database is dropped by PostgreSQL
// itself (idle_session_timeout and TCP keepalives set on its session), so a successor takes over within
// LEADER_TAKEOVER_MAX_MS. A leader that cannot confirm it still holds its session steps down first.

/** [I] A dead leader is replaced within this time. */
export const LEADER_TAKEOVER_MAX_MS = 30_000;
/** [I] How often followers try the lock and the leader confirms its session. */
export const LEADER_CHECK_MS = 5_000;
/** [I] PostgreSQL ends the leader's session when it has been silent this long (leader hung or cut off). */
export const LEADER_SESSION_SILENCE_MS = 20_000;
/** Advisory lock id: two int4 keys, "WW" and the purpose. */
export const LEADER_LOCK: readonly [number, number] = [0x5757, 1];

export interface Leadership {
  isLeader(): boolean;
  /** Called with the new state whenever it changes; returns an unsubscribe function. */
  onLeadershipChange(listener: (leader: boolean) => void): () => void;
  stop(): Promise<void>;
}

export interface LeaderOptions {
  connectionString: string;
  checkMs?: number;
  silenceMs?: number;
  lock?: readonly [number, number];
}

export function startLeaderElection(options: LeaderOptions): Leadership {
  const checkMs = options.checkMs ?? LEADER_CHECK_MS;
  const silenceMs = options.silenceMs ?? LEADER_SESSION_SILENCE_MS;
  const [classId, objectId] = options.lock ?? LEADER_LOCK;
  const listeners = new Set<(leader: boolean) => void>();
  let leader = false;
  let session: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const setLeader = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        console.error("[watchwall] a leadership listener failed:", error);
      }
    }
  };

  const drop = (client: pg.Client | undefined) => {
    if (!client || session !== client) return;
    session = undefined;
    setLeader(false);
    void client.end().catch(() => undefined);
  };

  const open = async (): Promise<pg.Client> => {
    const client = new pg.Client({
      connectionString: options.connectionString,
      keepAlive: true,
      query_timeout: checkMs,
      connectionTimeoutMillis: checkMs,
    });
    client.on("error", () => drop(client));
    client.on("end", () => drop(client));
    await client.connect();
    const keepalive = Math.max(1, Math.round(silenceMs / 4000));
    await client.query(
      `SELECT set_config('idle_session_timeout', $1, false),
              set_config('tcp_keepalives_idle', $2, false),
              set_config('tcp_keepalives_interval', $2, false),
              set_config('tcp_keepalives_count', '3', false),
              set_config('application_name', 'watchwall-leader', false)`,
      [`${silenceMs}ms`, String(keepalive)],
    );
    return client;
  };

  const check = async () => {
    try {
      if (!session) {
        const client = await open();
        if (stopped) {
          await client.end().catch(() => undefined);
          return;
        }
        session = client;
      }
      const client = session;
      if (leader) {
        await client.query("SELECT 1");
      } else {
        const result = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_lock($1, $2) AS locked",
          [classId, objectId],
        );
        if (!stopped && session === client) setLeader(result.rows[0]?.locked === true);
      }
    } catch {
      drop(session);
    }
  };

  const loop = () => {
    if (stopped) return;
    running = check().finally(() => {
      running = undefined;
      if (!stopped) {
        timer = setTimeout(loop, checkMs);
        timer.unref();
      }
    });
  };
  loop();

  return {
    isLeader: () => leader,
    onLeadershipChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      const client = session;
      session = undefined;
      setLeader(false);
      // Ending the session releases the advisory lock; a successor takes over at its next check.
      await client?.end().catch(() => undefined);
    },
  };
}
