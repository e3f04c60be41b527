import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { revokeDisplay } from "@/lib/auth/sessions";
import { NotFoundError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Revokes a screen: its next request is refused and it shows that it was revoked. */
export const DELETE = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const principal = principalOf(request);
  const id = (await params).id;
  if (!(await revokeDisplay(id)))
    throw new NotFoundError(`display ${id} does not exist or is already revoked`);
  await recordAudit({
    action: "display_revoked",
    actor: principal,
    targetType: "display",
    targetId: id,
    address: contextOf(request).address,
  });
  return new NextResponse(null, { status: 204 });
});
