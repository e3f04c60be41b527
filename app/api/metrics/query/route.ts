import { NextResponse } from "next/server";
import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { runMetricsQuery } from "@/lib/metrics/query-request";
import { METRICS_QUERY_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const POST = route({ body: metricsQueryBody, bodyLimit: METRICS_QUERY_BODY_LIMIT }, async ({ body }) =>
  NextResponse.json(await runMetricsQuery(body), { headers: { "cache-control": "no-store" } }),
);
