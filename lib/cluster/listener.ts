import pg from "pg";

// One dedicated PostgreSQL session that LISTENs on behalf of a replica. NOTIFY is PostgreSQL's own
// fan-out: every listening session of every replica receives it, the sender's included. The session
// reconnects on its own after the database restarts; subscribers hear `onReconnect` so they can re-check
// anything they may have missed while it was away.

/** [I] Reconnect back-off after the listening session is lost: doubles up to the maximum. */
export const LISTEN_RETRY_MIN_MS = 250;
export const LISTEN_RETRY_MAX_MS = 5_000;

type Handler = (payload: string) => void;

export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private retryMs = LISTEN_RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private everConnected = false;

  constructor(private readonly connectionString: string) {}

  /** Resolves once the session listens on every channel subscribed so far (or rejects if unreachable). */
  ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    return this.connect();
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  subscribe(channel: string, handler: Handler): () => void {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      void this.client?.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    }
    set.add(handler);
    if (!this.client) void this.connect().catch(() => undefined);
    return () => {
      const current = this.handlers.get(channel);
      current?.delete(handler);
      if (current && current.size === 0) {
        this.handlers.delete(channel);
        void this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
      }
    };
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  private connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error("listener closed"));
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      const set = this.handlers.get(message.channel);
      if (!set) return;
      for (const handler of [...set]) {
        try {
          handler(message.payload ?? "");
        } catch (error) {
          console.error("[watchwall] a NOTIFY handler failed:", error);
        }
      }
    });
    try {
      await client.connect();
      for (const channel of this.handlers.keys())
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = LISTEN_RETRY_MIN_MS;
    if (this.everConnected) for (const handler of [...this.reconnectHandlers]) handler();
    this.everConnected = true;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(LISTEN_RETRY_MAX_MS, this.retryMs * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.client) void this.connect().catch(() => undefined);
    }, delay);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
