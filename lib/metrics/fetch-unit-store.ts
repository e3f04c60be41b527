import type { AwsFailure } from "@/lib/aws/errors";
import { cacheLookups } from "@/lib/telemetry/metrics";
import { fetchedAtOf } from "./fetched-at";
import { SharedCache } from "./shared-cache";
import type { WireResult } from "./types";

// Results per fetch unit, shared by every viewer of every dashboard in this server: a fresh entry is served
// from memory, an entry being fetched is awaited (concurrent viewers coalesce onto one AWS call), anything
// else is fetched. Bounded, least-recently-used first out.

export type UnitOutcome =
  | { ok: true; results: WireResult[]; fetchedAt: number }
  | { ok: false; failure: AwsFailure; fetchedAt: number };

/** [I] Live windows: at most a minute old, never older than one period (the newest bucket keeps filling). */
export const LIVE_TTL_MAX_MS = 60_000;
/** Windows entirely in the past do not change. */
export const HISTORIC_TTL_MS = 10 * 60_000;
/** A failure is remembered briefly so fifty screens do not hammer a throttled or unreachable Region. */
export const FAILURE_TTL_MS = 10_000;
export const MAX_ENTRIES = 20_000;

export function ttlFor(live: boolean, periodSeconds: number): number {
  return live ? Math.min(LIVE_TTL_MAX_MS, periodSeconds * 1000) : HISTORIC_TTL_MS;
}

export class UnitStore {
  private readonly cache: SharedCache<UnitOutcome>;

  constructor(private readonly now: () => number = Date.now) {
    this.cache = new SharedCache<UnitOutcome>({ max: MAX_ENTRIES, now });
  }

  /** A fresh outcome, or the promise of one being fetched. */
  lookup(key: string): UnitOutcome | Promise<UnitOutcome> | undefined {
    const found = this.cache.get(key);
    cacheLookups.inc({
      result: found === undefined ? "miss" : found instanceof Promise ? "coalesced" : "hit",
    });
    return found;
  }

  /** A failure is kept for FAILURE_TTL_MS, a success for `ttlMs`. */
  track(key: string, pending: Promise<UnitOutcome>, ttlMs: number): void {
    this.cache.track(key, pending, (outcome) => {
      if (!outcome.ok) return FAILURE_TTL_MS;
      // A result another replica fetched earlier lives only for what is left of its lifetime.
      const now = this.now();
      const origin = Math.min(now, fetchedAtOf(outcome.results) ?? now);
      return origin + ttlMs - now;
    });
  }

  clear(): void {
    this.cache.clear();
  }

  get size(): number {
    return this.cache.size;
  }
}
