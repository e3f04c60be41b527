import { db, type PrismaClient } from "@/lib/db/client";

// Failed-login limits per account and per client address, kept in PostgreSQL (table LoginThrottle) so every
// replica behind a load balancer counts against the same limit.
//
// Fixed windows: a key's window starts at its first failure and lasts LOGIN_WINDOW_MS; the next failure
// after it starts a new one. An attempt is *reserved* before the password is checked, with one atomic upsert
// per key (INSERT … ON CONFLICT DO UPDATE … WHERE failures < max) inside one transaction for both keys: N
// parallel attempts never check more than the limit's worth of passwords, and an attempt refused by either
// key counts against neither (the transaction rolls back). A successful login gives its reservation back.

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Expired rows are deleted at most this often per limiter (each replica has one). */
const SWEEP_EVERY_MS = 60_000;

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

class Limited extends Error {
  constructor(readonly key: string) {
    super(`login attempts for ${key} exhausted`);
  }
}

export class LoginRateLimiter {
  private lastSweep = 0;

  /** `client`: the replica's database (tests pass two clients to act as two replicas). */
  constructor(
    private readonly client: () => PrismaClient = db,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one attempt against the account and the address before the password is checked. Returns 0 when
   * the attempt may go ahead, else the seconds until one may (nothing is counted then).
   */
  async reserve(email: string, address: string): Promise<number> {
    const now = this.now();
    await this.sweep(now);
    const at = new Date(now);
    const cutoff = new Date(now - LOGIN_WINDOW_MS);
    const keys: Array<[string, number]> = [
      // Always account before address: every transaction locks rows in the same order, so none deadlock.
      [accountKey(email), MAX_FAILURES_PER_ACCOUNT],
      [addressKey(address), MAX_FAILURES_PER_ADDRESS],
    ];
    try {
      await this.client().$transaction(
        async (tx) => {
          for (const [key, max] of keys) {
            // The row lock taken by the upsert serialises concurrent attempts on one key until commit.
            const counted = await tx.$queryRaw<Array<{ failures: number }>>`
              INSERT INTO "LoginThrottle" AS t ("key", "windowStart", "failures")
              VALUES (${key}, ${at}, 1)
              ON CONFLICT ("key") DO UPDATE SET
                "failures" = CASE WHEN t."windowStart" <= ${cutoff} THEN 1 ELSE t."failures" + 1 END,
                "windowStart" = CASE WHEN t."windowStart" <= ${cutoff} THEN ${at} ELSE t."windowStart" END
              WHERE t."windowStart" <= ${cutoff} OR t."failures" < ${max}
              RETURNING "failures"`;
            if (counted.length === 0) throw new Limited(key);
          }
        },
        // Parallel logins queue for the pool's connections; the transaction itself is two statements.
        { maxWait: 15_000, timeout: 15_000 },
      );
      return 0;
    } catch (error) {
      if (!(error instanceof Limited)) throw error;
      const row = await this.client().loginThrottle.findUnique({ where: { key: error.key } });
      const until = (row?.windowStart.getTime() ?? now) + LOGIN_WINDOW_MS;
      return Math.max(1, Math.ceil((until - now) / 1000));
    }
  }

  /** A successful login: the account starts afresh, and the address gets its reserved attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.client().loginThrottle.deleteMany({ where: { key: accountKey(email) } });
    await this.giveBack([addressKey(address)]);
  }

  /** An attempt that turned out not to be a failure: both keys get their reserved attempt back. */
  async release(email: string, address: string): Promise<void> {
    await this.giveBack([accountKey(email), addressKey(address)]);
  }

  private async giveBack(keys: string[]): Promise<void> {
    await this.client().$executeRaw`
      UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ANY(${keys})`;
  }

  /** Deletes windows that have ended (a flood of made-up emails must not grow the table for ever). */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.client().loginThrottle.deleteMany({
      where: { windowStart: { lte: new Date(now - LOGIN_WINDOW_MS) } },
    });
  }
}

const KEY = Symbol.for("watchwall.auth.login-limiter");

/** The server's limiter, on the server's database. */
export function loginLimiter(): LoginRateLimiter {
  const holder = globalThis as { [KEY]?: LoginRateLimiter };
  holder[KEY] ??= new LoginRateLimiter();
  return holder[KEY];
}
