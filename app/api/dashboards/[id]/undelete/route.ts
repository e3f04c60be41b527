import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { undeleteDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = (await params).id;
  const restored = await undeleteDashboard(id);
  await auditFrom(request, "dashboard_undeleted", "dashboard", id);
  return NextResponse.json(restored);
});
