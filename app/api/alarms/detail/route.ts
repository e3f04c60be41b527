import { NextResponse } from "next/server";
import { alarmDetail, AlarmNotFoundError } from "@/lib/alarms/service";
import { alarmDetailQuerySchema } from "@/lib/contracts/alarms";
import { NotFoundError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** One alarm: configuration, state history (DescribeAlarmHistory) and its graph (metrics pipeline). */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, alarmDetailQuerySchema);
  try {
    return NextResponse.json(await alarmDetail(query), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof AlarmNotFoundError) throw new NotFoundError(error.message);
    throw error;
  }
});
