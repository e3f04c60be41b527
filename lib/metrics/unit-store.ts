import type { AwsFailure } from "@/lib/aws/errors";
import { cacheLookups } from "@/lib/telemetry/metrics";
import { fetchedAtOf } from "./fetched-at";
import type { WireResult } from "./types";

// Results per fetch unit, shared by every viewer of every dashboard in this server: a fresh entry is served
// from memory, an entry being fetched is awaited (concurrent viewers coalesce onto one AWS call), anything
// else is fetched. Bounded, least-recently-used first out.

export type UnitOutcome =
  | { ok: true; results: WireResult[]; fetchedAt: number }
  | { ok: false; failure: AwsFailure; fetchedAt: number };

interface Entry {
  expires: number;
  outcome?: UnitOutcome;
  pending?: Promise<UnitOutcome>;
}

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
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh outcome, or the promise of one being fetched. */
  lookup(key: string): UnitOutcome | Promise<UnitOutcome> | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      cacheLookups.inc({ result: "miss" });
      return undefined;
    }
    if (entry.pending) {
      cacheLookups.inc({ result: "coalesced" });
      return entry.pending;
    }
    if (entry.outcome && entry.expires > this.now()) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      cacheLookups.inc({ result: "hit" });
      return entry.outcome;
    }
    this.entries.delete(key);
    cacheLookups.inc({ result: "miss" });
    return undefined;
  }

  track(key: string, pending: Promise<UnitOutcome>, ttlMs: number): void {
    const entry: Entry = { expires: Number.POSITIVE_INFINITY, pending };
    this.entries.set(key, entry);
    void pending.then((outcome) => {
      if (this.entries.get(key) !== entry) return;
      entry.pending = undefined;
      entry.outcome = outcome;
      // A result another replica fetched earlier lives only for what is left of its lifetime.
      const origin = outcome.ok ? (fetchedAtOf(outcome.results) ?? this.now()) : this.now();
      entry.expires = Math.min(this.now(), origin) + (outcome.ok ? ttlMs : FAILURE_TTL_MS);
    });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
