import { NextResponse } from "next/server";
import { listHealthEvents } from "@/lib/aws-health/service";
import { healthEventsQuerySchema } from "@/lib/contracts/aws-health";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { scopedHealthWidgets } from "@/lib/scoped-access/widgets";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** AWS Health events of every account (and organization), filtered, from the pollers' snapshots. Wall screens
 *  and anonymous viewers get only what the Health widgets of the dashboard they name show. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, healthEventsQuerySchema);
  const scoped = scopedPrincipalOf(request);
  const widgets = scoped ? await scopedHealthWidgets(scoped, query.dashboardId) : undefined;
  const view = await listHealthEvents(
    {
      services: query.service,
      regions: query.region,
      categories: query.category,
      accounts: query.account,
      statuses: query.status,
    },
    Date.now(),
    widgets,
  );
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
