import { NextResponse } from "next/server";
import { listAudit } from "@/lib/auth/audit";
import { auditQuery } from "@/lib/contracts/auth";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** GET ?action=&actor=&targetType=&from=&to=&limit= → newest first. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, auditQuery);
  const events = await listAudit({
    action: query.action,
    actor: query.actor,
    targetType: query.targetType,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    limit: query.limit,
  });
  return NextResponse.json({ events });
});
