import { NextResponse } from "next/server";
import { metricsQueryBody, ViewRangeError, runMetricsQuery } from "@/lib/metrics/query-request";
import { HttpError, parseBody, route } from "@/lib/server/http";
import { METRICS_QUERY_BODY_LIMIT } from "@/lib/server/body-limits";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request) => {
  const body = await parseBody(request, metricsQueryBody, METRICS_QUERY_BODY_LIMIT);
  try {
    return NextResponse.json(await runMetricsQuery(body), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ViewRangeError) throw new HttpError(400, "invalid_range", error.message);
    throw error;
  }
});
