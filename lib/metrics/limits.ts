// Limits of POST /api/metrics/query shared by the route and the browser; the wire contract
// (lib/contracts/metrics-query.ts, a pure module: no server imports) owns them.

export { MAX_WIDGETS_PER_REQUEST, WIDTH_STEP_PX, requestWidth } from "@/lib/contracts/metrics-query";
