import { NextResponse } from "next/server";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { createTokenBody } from "@/lib/contracts/auth";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => NextResponse.json({ tokens: await listApiTokens() }));

/** POST {name, role, expiresAt?, dashboards?, playlists?} → {id, token}: the token is shown only this once. */
export const POST = route(async (request: Request) => {
  const principal = principalOf(request);
  const body = await parseBody(request, createTokenBody);
  const created = await createApiToken({ ...body, createdById: principal.userId });
  await recordAudit({
    action: "token_created",
    actor: principal,
    targetType: "token",
    targetId: created.id,
    detail: { name: body.name, role: body.role, expiresAt: body.expiresAt?.toISOString() ?? null },
    address: contextOf(request).address,
  });
  return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
