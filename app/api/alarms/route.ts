import { NextResponse } from "next/server";
import { listAlarmsView } from "@/lib/alarms/service";
import { alarmsListQuerySchema } from "@/lib/contracts/alarms";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Every alarm of every account and Region, filtered and ordered, from the pollers' snapshots. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, alarmsListQuerySchema);
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
  );
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
