import { metricsRegistry } from "./metrics";

// GET /metrics: the registry in Prometheus's text exposition format. Who may scrape it (an API token holder)
// is decided by the route (app/metrics/route.ts): telemetry sits below lib/auth and knows no principals.

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
