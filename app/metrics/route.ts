import { NextResponse } from "next/server";
import { checkMetricsAccess, renderMetrics } from "@/lib/telemetry/endpoint";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = checkMetricsAccess(request.headers.get("authorization"));
  if (!access.ok) {
    return NextResponse.json(
      { error: { code: access.status === 404 ? "not_found" : "unauthorized", message: access.message } },
      {
        status: access.status,
        headers: {
          "cache-control": "no-store",
          ...(access.status === 401 ? { "www-authenticate": "Bearer" } : {}),
        },
      },
    );
  }
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
