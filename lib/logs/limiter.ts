// How many Logs Insights queries Watchwall has in flight per AWS account and Region (keys are scope keys).
// Every viewer and widget goes through one limiter, so the quota is never exceeded by Watchwall. This is the
// in-process implementation, used without a database; with one, the replicas share the budget through
// PostgreSQL (lib/cluster/slot-limiter.ts, chosen in lib/logs/service.ts's createLimiter).

export interface ConcurrencyLimiter {
  /** Resolves with a release function once a slot of `key` is free; rejects with the signal's reason. */
  acquire(key: string, signal?: AbortSignal): Promise<() => void>;
  /** Queries in flight and waiting (on this server), for status displays and tests. */
  usage(key: string): { active: number; waiting: number; limit: number };
}

interface Waiter {
  grant: () => void;
  signal?: AbortSignal;
}

export class InProcessLimiter implements ConcurrencyLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, Waiter[]>();

  constructor(private readonly limitFor: (key: string) => number) {}

  usage(key: string) {
    return {
      active: this.active.get(key) ?? 0,
      waiting: this.queues.get(key)?.length ?? 0,
      limit: this.limitFor(key),
    };
  }

  acquire(key: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.active.set(key, (this.active.get(key) ?? 0) + 1);
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.active.set(key, (this.active.get(key) ?? 1) - 1);
          this.next(key);
        });
      };
      if ((this.active.get(key) ?? 0) < this.limitFor(key) && !this.queues.get(key)?.length) {
        grant();
        return;
      }
      const waiter: Waiter = { grant, signal };
      const queue = this.queues.get(key) ?? [];
      queue.push(waiter);
      this.queues.set(key, queue);
      signal?.addEventListener(
        "abort",
        () => {
          const q = this.queues.get(key);
          const i = q?.indexOf(waiter) ?? -1;
          if (q && i >= 0) {
            q.splice(i, 1);
            reject(signal.reason);
          }
        },
        { once: true },
      );
    });
  }

  private next(key: string): void {
    const queue = this.queues.get(key);
    while (queue?.length && (this.active.get(key) ?? 0) < this.limitFor(key)) {
      queue.shift()?.grant();
    }
  }
}
