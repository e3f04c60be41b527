import { NextResponse } from "next/server";
import { alarmsSummary } from "@/lib/alarms/service";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Counts per state of every alarm (the navigation badge), from the pollers' snapshots. */
export const GET = route(async () =>
  NextResponse.json(await alarmsSummary(), { headers: { "cache-control": "no-store" } }),
);
