import { NextResponse } from "next/server";
import { undeleteDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return NextResponse.json(await undeleteDashboard((await params).id));
});
