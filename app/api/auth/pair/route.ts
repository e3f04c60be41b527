import { NextResponse } from "next/server";
import { findDisplayToken } from "@/lib/auth/api-tokens";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf } from "@/lib/auth/context";
import { sessionCookie } from "@/lib/auth/cookies";
import { redeemPairingCode } from "@/lib/auth/pairing";
import { loginLimiter } from "@/lib/auth/rate-limit";
import { createDisplaySession } from "@/lib/auth/sessions";
import { pairBody } from "@/lib/contracts/auth";
import { HttpError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** A wall screen becomes a Display: with a pairing code typed on it, or the display token of its link. */
export const POST = route(async (request: Request) => {
  const { address } = contextOf(request);
  const body = await parseBody(request, pairBody);
  const limiter = loginLimiter();
  const wait = await limiter.reserve(`pairing:${address}`, address);
  if (wait > 0) throw new HttpError(429, "rate_limited", `Too many wrong codes; try again in ${wait} s`);
  let grant: { name: string; scope: { dashboards: string[]; playlists: string[] } } | null = null;
  if (body.code) grant = await redeemPairingCode(body.code);
  else if (body.token) {
    const display = await findDisplayToken(body.token);
    if (display?.scope) grant = { name: display.name, scope: display.scope };
  }
  if (!grant) throw new HttpError(401, "invalid_pairing", "This code or link is unknown, used or expired");
  // The attempt was counted before the code was checked; a right code is no failure.
  await limiter.release(`pairing:${address}`, address);
  const session = await createDisplaySession(grant.name, grant.scope, {
    address,
    userAgent: request.headers.get("user-agent") ?? "",
  });
  await recordAudit({
    action: "display_paired",
    actor: `display:${grant.name}`,
    targetType: "display",
    targetId: session.id,
    detail: { via: body.code ? "code" : "token", ...grant.scope },
    address,
  });
  const response = NextResponse.json({
    dashboards: grant.scope.dashboards,
    playlists: grant.scope.playlists,
  });
  response.headers.set("set-cookie", sessionCookie(session.token, "display"));
  return response;
});
