import { LRUCache } from "lru-cache";

// Failed-login limits per account and per address, in memory (one server process). Bounded in size so a
// flood of made-up emails cannot grow memory.

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;
const MAX_TRACKED = 50_000;

export class LoginRateLimiter {
  private readonly failures = new LRUCache<string, number[]>({ max: MAX_TRACKED });

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - LOGIN_WINDOW_MS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    return list;
  }

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(email: string, address: string): number {
    const checks: Array<[string, number]> = [
      [`account:${email}`, MAX_FAILURES_PER_ACCOUNT],
      [`address:${address}`, MAX_FAILURES_PER_ADDRESS],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const list = this.recent(key);
      if (list.length >= max) {
        const oldest = list[list.length - max] ?? this.now();
        wait = Math.max(wait, Math.ceil((oldest + LOGIN_WINDOW_MS - this.now()) / 1000));
      }
    }
    return wait;
  }

  recordFailure(email: string, address: string): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.set(key, list);
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }
}

const KEY = Symbol.for("watchwall.auth.login-limiter");

export function loginLimiter(): LoginRateLimiter {
  const holder = globalThis as { [KEY]?: LoginRateLimiter };
  holder[KEY] ??= new LoginRateLimiter();
  return holder[KEY];
}
