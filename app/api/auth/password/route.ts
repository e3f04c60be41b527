import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { sessionCookie } from "@/lib/auth/cookies";
import { verifyPassword } from "@/lib/auth/password";
import { createUserSession } from "@/lib/auth/sessions";
import { findUser, updateUser } from "@/lib/auth/users";
import { passwordChangeBody } from "@/lib/contracts/auth";
import { HttpError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Changes the signed-in user's password; every other session of theirs ends. */
export const POST = route(async (request: Request) => {
  const principal = principalOf(request);
  const { address } = contextOf(request);
  const body = await parseBody(request, passwordChangeBody);
  const user = principal.userId ? await findUser(principal.userId) : null;
  if (!user?.passwordHash)
    throw new HttpError(403, "no_password", "This account signs in without a password");
  if (!(await verifyPassword(user.passwordHash, body.currentPassword)))
    throw new HttpError(400, "invalid_request", "currentPassword: is not your current password", [
      { path: "currentPassword", message: "is not your current password" },
    ]);
  await updateUser(user.id, { password: body.newPassword });
  await recordAudit({
    action: "password_changed",
    actor: principal,
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
