import type { WireResult } from "./types";

// When AWS actually produced a result. A result read from another replica's fetch is older than the moment
// this replica asked for it; the store counts an entry's lifetime from this time, so a shared answer is
// never kept fresh for longer than one fetched here.

const origins = new WeakMap<WireResult, number>();

export function markFetchedAt(results: readonly WireResult[], fetchedAt: number): void {
  for (const result of results) origins.set(result, fetchedAt);
}

/** The oldest origin time among the results, if any was marked. */
export function fetchedAtOf(results: readonly WireResult[]): number | undefined {
  let oldest: number | undefined;
  for (const result of results) {
    const at = origins.get(result);
    if (at !== undefined && (oldest === undefined || at < oldest)) oldest = at;
  }
  return oldest;
}
