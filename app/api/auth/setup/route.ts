import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf } from "@/lib/auth/context";
import { sessionCookie } from "@/lib/auth/cookies";
import { createUserSession } from "@/lib/auth/sessions";
import { checkSetupToken, consumeSetupToken } from "@/lib/auth/setup";
import { countUsers, createUser } from "@/lib/auth/users";
import { setupBody } from "@/lib/contracts/auth";
import { HttpError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** First start: the one-time token printed by the launcher creates the first Admin and signs them in. */
export const POST = route(async (request: Request) => {
  const { address } = contextOf(request);
  const body = await parseBody(request, setupBody);
  if (!checkSetupToken(body.token) || (await countUsers()) > 0)
    throw new HttpError(
      403,
      "setup_closed",
      "This setup link was already used or has expired; sign in instead",
    );
  consumeSetupToken();
  const user = await createUser({ email: body.email, password: body.password, role: "admin" });
  await recordAudit({
    action: "setup_completed",
    actor: user.email,
    targetType: "user",
    targetId: user.id,
    address,
  });
  const token = await createUserSession(user.id, {
    address,
    userAgent: request.headers.get("user-agent") ?? "",
  });
  const response = new NextResponse(null, { status: 204 });
  response.headers.set("set-cookie", sessionCookie(token, "user"));
  return response;
});
