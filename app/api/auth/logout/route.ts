import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf } from "@/lib/auth/context";
import { clearedSessionCookie } from "@/lib/auth/cookies";
import { revokeSession } from "@/lib/auth/sessions";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Ends this browser's session (server-side too) and clears the cookie. */
export const POST = route(async (request: Request) => {
  const { principal, address } = contextOf(request);
  if (principal?.sessionId && principal.kind === "user") {
    await revokeSession(principal.sessionId);
    await recordAudit({ action: "logout", actor: principal, address });
  }
  const response = new NextResponse(null, { status: 204 });
  response.headers.set("set-cookie", clearedSessionCookie());
  return response;
});
