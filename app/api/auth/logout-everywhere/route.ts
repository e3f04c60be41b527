import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { clearedSessionCookie } from "@/lib/auth/cookies";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { HttpError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Ends every session of the signed-in user, on every device. */
export const POST = route(async (request: Request) => {
  const principal = principalOf(request);
  if (principal.kind !== "user" || !principal.userId)
    throw new HttpError(403, "forbidden", "Only people signed in as a user have sessions to end");
  const ended = await revokeUserSessions(principal.userId);
  await recordAudit({
    action: "logout_everywhere",
    actor: principal,
    address: contextOf(request).address,
    detail: { ended },
  });
  const response = NextResponse.json({ ended });
  response.headers.set("set-cookie", clearedSessionCookie());
  return response;
});
