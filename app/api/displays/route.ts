import { NextResponse } from "next/server";
import { listDisplays } from "@/lib/auth/sessions";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Wall screens paired as Display sessions, revoked ones included. */
export const GET = route(async () => NextResponse.json({ displays: await listDisplays() }));
