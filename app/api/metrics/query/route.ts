import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { metricsQueryJson } from "@/lib/metrics/query-answer";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { scopedMetricsBody } from "@/lib/scoped-access/metrics";
import { METRICS_QUERY_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// The encoded answer is shared by every viewer of the view (lib/metrics/shared-answer.ts). Wall screens and
// anonymous viewers may only run the saved widgets of a dashboard they may show (lib/scoped-access).
export const POST = route(
  { body: metricsQueryBody, bodyLimit: METRICS_QUERY_BODY_LIMIT },
  async ({ request, body }) => {
    const scoped = scopedPrincipalOf(request);
    const allowed = scoped ? await scopedMetricsBody(scoped, body) : body;
    return new Response(await metricsQueryJson(allowed), {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  },
);
