import { NextResponse } from "next/server";
import { listHistory } from "@/lib/logs/history";
import { requestOwnerId } from "@/lib/logs/owner";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) =>
  NextResponse.json(await listHistory(requestOwnerId(request)), { headers: { "cache-control": "no-store" } }),
);
