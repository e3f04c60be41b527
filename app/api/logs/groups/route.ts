import { NextResponse } from "next/server";
import { logGroupsQuerySchema } from "@/lib/contracts/logs";
import { searchLogGroups } from "@/lib/logs/service";
import { parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const q = parseParams(new URL(request.url).searchParams, logGroupsQuerySchema);
  return NextResponse.json(await searchLogGroups(q.account, q.region, q.search, q.cursor), {
    headers: { "cache-control": "no-store" },
  });
});
