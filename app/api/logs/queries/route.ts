import { NextResponse } from "next/server";
import { startLogsQuerySchema } from "@/lib/contracts/logs";
import { mapLogsErrors } from "@/lib/logs/http";
import { requestOwnerId } from "@/lib/logs/owner";
import { startLogsQuery } from "@/lib/logs/service";
import { holderKey, scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { checkScopedLogsStart } from "@/lib/scoped-access/logs";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// Wall screens and anonymous viewers may only run their dashboards' log widgets, and hold their tickets alone.
export const POST = route(async (request: Request) => {
  const body = await parseBody(request, startLogsQuerySchema);
  const scoped = scopedPrincipalOf(request);
  if (scoped) await checkScopedLogsStart(scoped, body);
  const started = await mapLogsErrors(() =>
    startLogsQuery(body, requestOwnerId(request), undefined, scoped ? holderKey(scoped) : undefined),
  );
  return NextResponse.json(started, { status: 201, headers: { "cache-control": "no-store" } });
});
