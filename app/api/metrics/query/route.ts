import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { metricsQueryJson } from "@/lib/metrics/query-answer";
import { METRICS_QUERY_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// The encoded answer is shared by every viewer of the view (lib/metrics/shared-answer.ts).
export const POST = route(
  { body: metricsQueryBody, bodyLimit: METRICS_QUERY_BODY_LIMIT },
  async ({ body }) =>
    new Response(await metricsQueryJson(body), {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    }),
);
