import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { idParams } from "@/lib/contracts/common";
import { saveDashboardBody } from "@/lib/contracts/dashboards";
import { deleteDashboard, getDashboard, saveDashboard } from "@/lib/dashboards/repository";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ params: idParams }, async ({ params }) =>
  NextResponse.json(await getDashboard(params.id)),
);

export const PUT = route(
  { params: idParams, body: saveDashboardBody, bodyLimit: DASHBOARD_BODY_LIMIT },
  async ({ request, params, body }) => {
    const { baseVersion, document, message, ...metadata } = body;
    const saved = await saveDashboard(params.id, baseVersion, metadata, document, message, authorOf(request));
    await auditFrom(request, "dashboard_saved", "dashboard", params.id, {
      name: saved.name,
      version: saved.version,
    });
    return NextResponse.json(saved);
  },
);

export const DELETE = route({ params: idParams }, async ({ request, params }) => {
  await deleteDashboard(params.id);
  await auditFrom(request, "dashboard_deleted", "dashboard", params.id);
  return new NextResponse(null, { status: 204 });
});
