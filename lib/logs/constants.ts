// Logs Insights constants Watchwall chooses or infers ([I]); AWS's documented limits are marked [D].

// The limits the wire contract checks (MAX_LOG_GROUPS, MAX_QUERY_ROWS, MAX_QUERY_LENGTH) live in lib/contracts/logs.
export { MAX_LOG_GROUPS, MAX_QUERY_LENGTH, MAX_QUERY_ROWS } from "@/lib/contracts/logs";

/** [D] Rows a query returns by default; `limit` raises it up to MAX_QUERY_ROWS. */
export const DEFAULT_QUERY_ROWS = 10_000;
/** [D] AWS's concurrent Logs Insights queries per account (dashboards included). */
export const AWS_CONCURRENT_QUERIES = 100;
/** [I] Watchwall's own ceiling per account: below AWS's so the console and other tools keep some room. */
export const DEFAULT_QUERY_CONCURRENCY = 30;
/** [I] StartQuery retries on LimitExceeded / throttling: 2^n seconds (capped) plus jitter, this many times. */
export const START_RETRIES = 6;
export const START_BACKOFF_BASE_MS = 500;
export const START_BACKOFF_MAX_MS = 16_000;
/** [I] GetQueryResults polling: starts fast for a snappy first row, then slows down (Grafana: 100 ms + 300 ms/step, ≤ 1 s). */
export const POLL_FIRST_MS = 100;
export const POLL_STEP_MS = 300;
export const POLL_MAX_MS = 1_000;
/** [I] Watchwall stops waiting (and calls StopQuery) after this; AWS's own cap is 60 minutes [D]. */
export const QUERY_TIMEOUT_MS = 15 * 60_000;
/** [I] A run whose range reaches "now" is shared for this long after it completes. */
export const FRESHNESS_MS = 60_000;
/** [I] Relative ranges are aligned to this step so viewers within one step ask for the same run. */
export const RANGE_ALIGN_MS = 60_000;
/** [I] A range ending this long ago is "wholly in the past": late events no longer arrive, its result is kept. */
export const SETTLED_AFTER_MS = 10 * 60_000;
/** [I] Completed runs of past ranges kept in memory (bounded by their total rows too). */
export const KEPT_RUNS = 200;
export const KEPT_ROWS = 2_000_000;
/** [I] A run nobody watches any more (every ticket released or its stream gone this long) is stopped. */
export const ORPHAN_GRACE_MS = 15_000;

// Logs Insights prices per GB scanned, per Region, live with the other AWS prices in lib/aws/prices.ts.
