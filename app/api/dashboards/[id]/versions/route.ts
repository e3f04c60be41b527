import { NextResponse } from "next/server";
import { listVersions } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return NextResponse.json({ versions: await listVersions((await params).id) });
});
