import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";
import { metricsRegistry } from "./metrics";

// GET /metrics: the registry in Prometheus's text exposition format, for a scraper holding an API token
// (Authorization: Bearer wwt_…, created by an Admin). The authentication gate admits only bearer tokens here
// (lib/auth/route-policy.ts); this check fails closed when a request did not come through the gate.

export type MetricsAccess = { ok: true } | { ok: false; status: 401; message: string };

export function checkMetricsAccess(request: Request): MetricsAccess {
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  if (principal?.kind !== "token")
    return { ok: false, status: 401, message: "/metrics needs an API token: Authorization: Bearer <token>" };
  return { ok: true };
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
