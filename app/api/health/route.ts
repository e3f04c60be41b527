import { NextResponse } from "next/server";
import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";
import { checkHealth, publicHealth } from "@/lib/server/health";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Public liveness for load balancers: each part's status; the error details only for Admins. */
export const GET = route({}, async ({ request }) => {
  const report = await checkHealth();
  // Anonymous callers (load balancers) are welcome here: no context is no principal, not a 401.
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  const admin = principal?.role === "admin" && !principal.scope;
  return NextResponse.json(admin ? report : publicHealth(report), {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
