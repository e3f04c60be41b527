import { NextResponse } from "next/server";
import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { runMetricsQuery } from "@/lib/metrics/query-request";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const POST = route({ body: metricsQueryBody }, async ({ body }) =>
  NextResponse.json(await runMetricsQuery(body), { headers: { "cache-control": "no-store" } }),
);
