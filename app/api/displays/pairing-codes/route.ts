import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/auth/audit";
import { contextOf, principalOf } from "@/lib/auth/context";
import { createPairingCode } from "@/lib/auth/pairing";
import { createPairingCodeBody } from "@/lib/contracts/auth";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** POST {name, dashboards, playlists} → {code, expiresAt}: typed on a screen's /pair page within 15 min. */
export const POST = route(async (request: Request) => {
  const principal = principalOf(request);
  const body = await parseBody(request, createPairingCodeBody);
  const created = await createPairingCode({
    name: body.name,
    scope: { dashboards: body.dashboards, playlists: body.playlists },
    createdById: principal.userId,
  });
  await recordAudit({
    action: "pairing_code_created",
    actor: principal,
    targetType: "display",
    detail: { name: body.name, dashboards: body.dashboards, playlists: body.playlists },
    address: contextOf(request).address,
  });
  return NextResponse.json(
    { code: created.code, expiresAt: created.expiresAt.toISOString() },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
});
