import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { metricsQueryAnswer } from "@/lib/metrics/query-answer";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { scopedMetricsBody } from "@/lib/scoped-access/metrics";
import { METRICS_QUERY_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";
import { sharedJsonResponse } from "@/lib/server/shared-gzip";

export const dynamic = "force-dynamic";

// Every screen of a dashboard sends the same body: it is validated once (memoizeBody), the encoded answer is
// shared by every viewer of the view (lib/metrics/shared-answer.ts), and so is its compression
// (lib/server/shared-gzip.ts). Wall screens and anonymous viewers may only run the saved widgets
// of a dashboard they may show (lib/scoped-access).
export const POST = route(
  { body: metricsQueryBody, bodyLimit: METRICS_QUERY_BODY_LIMIT, memoizeBody: true },
  async ({ request, body }) => {
    const scoped = scopedPrincipalOf(request);
    const allowed = scoped ? await scopedMetricsBody(scoped, body) : body;
    const { shared, tail } = await metricsQueryAnswer(allowed);
    return sharedJsonResponse(request, shared, tail, { "cache-control": "no-store" });
  },
);
