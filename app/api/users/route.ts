import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { createUser, listUsers } from "@/lib/auth/users";
import { createUserBody } from "@/lib/contracts/auth";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => NextResponse.json({ users: await listUsers() }));

/** POST {email, password?, role}; without a password the user signs in through SSO or the proxy only. */
export const POST = route(async (request: Request) => {
  const principal = principalOf(request);
  const body = await parseBody(request, createUserBody);
  const user = await createUser(body);
  await recordAudit({
    action: "user_created",
    actor: principal,
    targetType: "user",
    targetId: user.id,
    detail: { email: user.email, role: user.role },
    address: contextOf(request).address,
  });
  return NextResponse.json(user, { status: 201 });
});
