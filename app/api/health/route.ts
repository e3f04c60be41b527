import { NextResponse } from "next/server";
import { contextOf } from "@/lib/auth/context";
import { checkHealth, publicHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Public liveness for load balancers: each part's status; the error details only for Admins. */
export async function GET(request: Request) {
  const report = await checkHealth();
  const principal = contextOf(request).principal;
  const admin = principal?.role === "admin" && !principal.scope;
  return NextResponse.json(admin ? report : publicHealth(report), {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
