import { NextResponse } from "next/server";
import { logFieldsQuerySchema } from "@/lib/contracts/logs";
import { discoverFields } from "@/lib/logs/service";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const q = parseParams(new URL(request.url).searchParams, logFieldsQuerySchema);
  return NextResponse.json(await discoverFields(q.account, q.region, q.groups), {
    headers: { "cache-control": "no-store" },
  });
});
