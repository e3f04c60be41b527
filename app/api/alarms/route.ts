import { NextResponse } from "next/server";
import { listAlarmsView } from "@/lib/alarms/service";
import { alarmsListQuerySchema } from "@/lib/contracts/alarms";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { scopedAlarmWidgets } from "@/lib/scoped-access/widgets";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Every alarm of every account and Region, filtered and ordered, from the pollers' snapshots. Wall screens
 *  and anonymous viewers get only what the alarm status widgets of the dashboard they name show. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, alarmsListQuerySchema);
  const scoped = scopedPrincipalOf(request);
  const widgets = scoped ? await scopedAlarmWidgets(scoped, query.dashboardId) : undefined;
  const view = await listAlarmsView(
    {
      states: query.state,
      types: query.type,
      accounts: query.account,
      regions: query.region,
      namespaces: query.namespace,
      ...(query.q ? { q: query.q } : {}),
      ...(query.prefix ? { prefix: query.prefix } : {}),
      ...(query.suppressed ? { actionsSuppressed: query.suppressed === "true" } : {}),
    },
    query.sort,
    widgets,
  );
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
