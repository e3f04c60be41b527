import { NextResponse } from "next/server";
import { buildInfo } from "@/lib/kiosk/server";
import { route } from "@/lib/server/http";

// GET /api/build: the build this server runs and the kiosk's self-healing settings.

export const dynamic = "force-dynamic";

export const GET = route(async () =>
  NextResponse.json(buildInfo(), { headers: { "cache-control": "no-store" } }),
);
