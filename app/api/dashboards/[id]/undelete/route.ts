import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { idParams } from "@/lib/contracts/common";
import { undeleteDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route({ params: idParams }, async ({ request, params }) => {
  const restored = await undeleteDashboard(params.id);
  await auditFrom(request, "dashboard_undeleted", "dashboard", params.id);
  return NextResponse.json(restored);
});
