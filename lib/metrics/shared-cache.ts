import { LRUCache } from "lru-cache";

// The server's one caching policy, used by the metric results (fetch units), the account list and the
// metric catalogue: bounded by entry count with least-recently-used out first (lru-cache), each entry fresh
// for a TTL chosen from its value, a value still being computed shared by every caller that asks meanwhile
// (fifty wall screens coalesce onto one AWS call), and a computation that throws forgotten at once.

export interface SharedCacheOptions {
  /** Entries kept at most; the least recently used goes first. */
  max: number;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
}

type Slot<V> = { settled: true; value: V } | { settled: false; pending: Promise<V> };

export class SharedCache<V> {
  private readonly lru: LRUCache<string, Slot<V>>;

  constructor(options: SharedCacheOptions) {
    const now = options.now ?? Date.now;
    // ttlResolution 0: every read checks the clock (a fake clock in tests must be honoured exactly).
    this.lru = new LRUCache<string, Slot<V>>({ max: options.max, perf: { now }, ttlResolution: 0 });
  }

  /** The fresh value, the promise of one being computed, or undefined. */
  get(key: string): V | Promise<V> | undefined {
    const slot = this.lru.get(key);
    if (!slot) return undefined;
    return slot.settled ? slot.value : slot.pending;
  }

  /** Shares `pending` with later callers until it settles; its value then stays fresh for `ttlFor(value)` ms. */
  track(key: string, pending: Promise<V>, ttlFor: (value: V) => number): void {
    const slot: Slot<V> = { settled: false, pending };
    // A pending computation does not expire (ttl 0): it is replaced when it settles.
    this.lru.set(key, slot, { ttl: 0 });
    pending.then(
      (value) => {
        if (this.lru.peek(key) !== slot) return;
        const ttl = ttlFor(value);
        if (ttl > 0) this.lru.set(key, { settled: true, value }, { ttl });
        else this.lru.delete(key);
      },
      () => {
        if (this.lru.peek(key) === slot) this.lru.delete(key);
      },
    );
  }

  /** The cached value, or `compute()` shared with every caller until it settles. */
  getOrCompute(key: string, compute: () => Promise<V>, ttlFor: (value: V) => number): V | Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const pending = compute();
    this.track(key, pending, ttlFor);
    return pending;
  }

  delete(key: string): void {
    this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): number {
    return this.lru.size;
  }
}
