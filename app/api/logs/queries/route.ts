import { NextResponse } from "next/server";
import { startLogsQuerySchema } from "@/lib/contracts/logs";
import { mapLogsErrors } from "@/lib/logs/http";
import { requestOwnerId } from "@/lib/logs/owner";
import { startLogsQuery } from "@/lib/logs/service";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request) => {
  const body = await parseBody(request, startLogsQuerySchema);
  const started = await mapLogsErrors(() => startLogsQuery(body, requestOwnerId(request)));
  return NextResponse.json(started, { status: 201, headers: { "cache-control": "no-store" } });
});
