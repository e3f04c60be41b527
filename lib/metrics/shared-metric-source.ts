import crypto from "node:crypto";
import type { SharedFetch } from "@/lib/cluster/shared-fetch";
import { ttlFor } from "./fetch-unit-store";
import { markFetchedAt } from "./fetched-at";
import type { MetricDataSource, WireQuery, WireResult } from "./types";

// GetMetricData shared by every replica: each replica's own store coalesces its viewers first; what it
// still has to fetch goes through the cluster, keyed by (account, Region, aligned window, queries), so the
// same call made by several replicas reaches AWS once. The pipeline packs the same panels into the same
// calls on every replica, so replicas showing the same dashboard ask for identical keys.

export function fetchKey(
  scope: { accountId: string; region: string },
  request: { start: number; end: number; queries: WireQuery[] },
): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify([scope.accountId, scope.region, request.start, request.end, request.queries]))
    .digest("hex");
}

function smallestPeriod(queries: readonly WireQuery[]): number {
  let period = Number.POSITIVE_INFINITY;
  for (const q of queries) period = Math.min(period, q.MetricStat?.Period ?? q.Period ?? 60);
  return Number.isFinite(period) ? period : 60;
}

export function sharedMetricSource(
  source: MetricDataSource,
  shared: SharedFetch,
  now: () => number = Date.now,
): MetricDataSource {
  return async (scope, request) => {
    const period = smallestPeriod(request.queries);
    // Same rule as the store: a window reaching the newest bucket is live and changes; older ones do not.
    const live = request.end * 1000 > now() - period * 1000;
    const { value, fetchedAt } = await shared.run<WireResult[]>(
      fetchKey(scope, request),
      ttlFor(live, period),
      () => source(scope, request),
    );
    markFetchedAt(value, fetchedAt);
    return value;
  };
}
