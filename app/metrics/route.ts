import { NextResponse } from "next/server";
import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";
import { renderMetrics } from "@/lib/telemetry/endpoint";

export const dynamic = "force-dynamic";

// GET /metrics, for a scraper holding an API token (Authorization: Bearer wwt_…, created by an Admin). The
// authentication gate admits only bearer tokens here (lib/auth/route-policy.ts); this check fails closed when
// a request did not come through the gate.

type MetricsAccess = { ok: true } | { ok: false; status: 401; message: string };

function checkMetricsAccess(request: Request): MetricsAccess {
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  if (principal?.kind !== "token")
    return { ok: false, status: 401, message: "/metrics needs an API token: Authorization: Bearer <token>" };
  return { ok: true };
}

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
