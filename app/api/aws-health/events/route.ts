import { NextResponse } from "next/server";
import { listHealthEvents } from "@/lib/aws-health/service";
import { healthEventsQuerySchema } from "@/lib/contracts/aws-health";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** AWS Health events of every account (and organization), filtered, from the pollers' snapshots. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, healthEventsQuerySchema);
  const view = await listHealthEvents({
    services: query.service,
    regions: query.region,
    categories: query.category,
    accounts: query.account,
    statuses: query.status,
  });
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
