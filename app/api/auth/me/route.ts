import { NextResponse } from "next/server";
import { contextOf } from "@/lib/auth/context";
import type { Me } from "@/lib/contracts/auth";
import { HttpError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** GET → {email, role, kind} of the caller; 401 when anonymous. */
export const GET = route(async (request: Request) => {
  const principal = contextOf(request).principal;
  if (!principal) throw new HttpError(401, "unauthenticated", "Sign in to use Watchwall");
  const me: Me = {
    email: principal.name,
    role: principal.role,
    kind: principal.kind,
    ...(principal.scope
      ? { dashboards: principal.scope.dashboards, playlists: principal.scope.playlists }
      : {}),
  };
  return NextResponse.json(me, { headers: { "cache-control": "no-store" } });
});
