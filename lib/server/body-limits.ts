// Per-route request body limits, checked before anything is parsed (README "Request limits").

/** [I] A dashboard document: 500 widgets × 500 metrics fit well below this; CloudWatch bodies are smaller still. */
export const DASHBOARD_BODY_LIMIT = 2 * 1024 * 1024;
/** [I] A view's metric widgets (at most 100 widgets, 2,500 queries) with their variables. */
export const METRICS_QUERY_BODY_LIMIT = 1024 * 1024;
/** [I] Small control requests: accounts, restores, connection tests. */
export const SMALL_BODY_LIMIT = 64 * 1024;
/** [I] JSON nesting deeper than this is never a dashboard (CloudWatch bodies nest about 8 levels). */
export const MAX_JSON_DEPTH = 64;
