import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { duplicateDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const copy = await duplicateDashboard((await params).id, authorOf(request));
  await auditFrom(request, "dashboard_created", "dashboard", copy.id, { name: copy.name });
  return NextResponse.json(copy, { status: 201 });
});
