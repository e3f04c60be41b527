import crypto from "node:crypto";
import { metricsRegistry } from "./metrics";

// GET /metrics: the registry in Prometheus's text exposition format, for a scraper holding the bearer token
// in WATCHWALL_METRICS_TOKEN. Without that variable the endpoint is off (nobody can read it).

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 404; message: string };

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export function checkMetricsAccess(
  authorization: string | null,
  token: string | undefined = process.env.WATCHWALL_METRICS_TOKEN,
): MetricsAccess {
  if (!token)
    return { ok: false, status: 404, message: "/metrics is off: set WATCHWALL_METRICS_TOKEN to enable it" };
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
  if (!match?.[1] || !sameSecret(match[1].trim(), token))
    return {
      ok: false,
      status: 401,
      message: "/metrics needs the header Authorization: Bearer <WATCHWALL_METRICS_TOKEN>",
    };
  return { ok: true };
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
