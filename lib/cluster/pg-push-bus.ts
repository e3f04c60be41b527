import type pg from "pg";
import type { PgListener } from "./listener";

// Server push that fans out across replicas: a message published on any replica reaches the subscribers of
// its channel on every replica, through PostgreSQL's NOTIFY. Same shape as lib/push's in-process bus.
// NOTIFY payloads are limited to 8000 bytes; larger messages are stored in "ClusterPushMessage" and the
// notification carries their id.

export interface PushBus {
  publish(channel: string, payload: string): Promise<void>;
  subscribe(channel: string, onMessage: (payload: string) => void): () => void;
}

export const PUSH_CHANNEL = "watchwall_push";
/** [I] Below PostgreSQL's 8000-byte NOTIFY limit, leaving room for the envelope. */
export const INLINE_PAYLOAD_MAX_BYTES = 7_000;

type Envelope = { c: string; p: string } | { c: string; id: string };

export function createPgPushBus(pool: pg.Pool, listener: PgListener): PushBus {
  const subscribers = new Map<string, Set<(payload: string) => void>>();

  const deliver = (channel: string, payload: string) => {
    for (const onMessage of [...(subscribers.get(channel) ?? [])]) {
      try {
        onMessage(payload);
      } catch (error) {
        console.error(`[watchwall] a push subscriber of ${channel} failed:`, error);
      }
    }
  };

  listener.subscribe(PUSH_CHANNEL, (raw) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    if (!subscribers.has(envelope.c)) return;
    if ("p" in envelope) {
      deliver(envelope.c, envelope.p);
      return;
    }
    void pool
      .query<{ payload: string }>(`SELECT payload FROM "ClusterPushMessage" WHERE id = $1`, [envelope.id])
      .then((result) => {
        const row = result.rows[0];
        if (row) deliver(envelope.c, row.payload);
      })
      .catch((error: unknown) => console.error("[watchwall] could not read a pushed message:", error));
  });

  return {
    async publish(channel, payload) {
      const inline = JSON.stringify({ c: channel, p: payload });
      if (Buffer.byteLength(inline) <= INLINE_PAYLOAD_MAX_BYTES) {
        await pool.query("SELECT pg_notify($1, $2)", [PUSH_CHANNEL, inline]);
        return;
      }
      await pool.query(
        `WITH m AS (INSERT INTO "ClusterPushMessage" (channel, payload) VALUES ($1, $2) RETURNING id)
         SELECT pg_notify($3, json_build_object('c', $1::text, 'id', m.id::text)::text) FROM m`,
        [channel, payload, PUSH_CHANNEL],
      );
    },
    subscribe(channel, onMessage) {
      let set = subscribers.get(channel);
      if (!set) {
        set = new Set();
        subscribers.set(channel, set);
      }
      set.add(onMessage);
      return () => {
        const current = subscribers.get(channel);
        current?.delete(onMessage);
        if (current?.size === 0) subscribers.delete(channel);
      };
    },
  };
}

/** Drops stored large messages every replica has had time to read (the leader runs this). */
export async function sweepPushMessages(pool: pg.Pool): Promise<number> {
  const result = await pool.query(
    `DELETE FROM "ClusterPushMessage" WHERE "createdAt" < now() - interval '5 minutes'`,
  );
  return result.rowCount ?? 0;
}
