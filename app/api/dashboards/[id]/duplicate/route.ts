import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { idParams } from "@/lib/contracts/common";
import { duplicateDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route({ params: idParams }, async ({ request, params }) => {
  const copy = await duplicateDashboard(params.id, authorOf(request));
  await auditFrom(request, "dashboard_created", "dashboard", copy.id, { name: copy.name });
  return NextResponse.json(copy, { status: 201 });
});
