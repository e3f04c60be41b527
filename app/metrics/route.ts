import { NextResponse } from "next/server";
import { checkMetricsAccess, renderMetrics } from "@/lib/telemetry/endpoint";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = checkMetricsAccess(request);
  if (!access.ok) {
    return NextResponse.json(
      { error: { code: "unauthorized", message: access.message } },
      {
        status: access.status,
        headers: {
          "cache-control": "no-store",
          "www-authenticate": "Bearer",
        },
      },
    );
  }
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
