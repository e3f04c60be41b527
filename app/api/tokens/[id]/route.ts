import { NextResponse } from "next/server";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { NotFoundError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const DELETE = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = principalOf(request);
  const id = (await params).id;
  const revoked = await revokeApiToken(id);
  if (!revoked) throw new NotFoundError(`token ${id} does not exist or is already revoked`);
  await recordAudit({
    action: "token_revoked",
    actor: principal,
    targetType: "token",
    targetId: id,
    detail: { name: revoked.name },
    address: contextOf(request).address,
  });
  return new NextResponse(null, { status: 204 });
});
