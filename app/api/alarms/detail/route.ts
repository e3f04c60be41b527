import { NextResponse } from "next/server";
import { alarmDetail, AlarmNotFoundError } from "@/lib/alarms/service";
import { alarmDetailQuerySchema } from "@/lib/contracts/alarms";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { requireAnnotatedAlarm } from "@/lib/scoped-access/widgets";
import { NotFoundError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** One alarm: configuration, state history (DescribeAlarmHistory) and its graph (metrics pipeline). Wall
 *  screens and anonymous viewers may read only an alarm their dashboard's metric widgets annotate, and are
 *  not told a composite's children (other alarms). */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, alarmDetailQuerySchema);
  const scoped = scopedPrincipalOf(request);
  if (scoped) await requireAnnotatedAlarm(scoped, query.dashboardId, query);
  try {
    const detail = await alarmDetail(query);
    return NextResponse.json(scoped ? { ...detail, children: [] } : detail, {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AlarmNotFoundError) throw new NotFoundError(error.message);
    throw error;
  }
});
