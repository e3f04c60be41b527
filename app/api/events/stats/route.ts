import { NextResponse } from "next/server";
import { eventStreamStats } from "@/lib/kiosk/server";
import { route } from "@/lib/server/http";

// GET /api/events/stats: open event streams, schedules and the server's memory (soak benchmark, operators).

export const dynamic = "force-dynamic";

export const GET = route(async () =>
  NextResponse.json(eventStreamStats(), { headers: { "cache-control": "no-store" } }),
);
