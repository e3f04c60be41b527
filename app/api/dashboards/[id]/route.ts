import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { saveDashboardBody } from "@/lib/dashboards/api-schemas";
import { deleteDashboard, getDashboard, saveDashboard } from "@/lib/dashboards/repository";
import { parseBody, route } from "@/lib/server/http";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request: Request, { params }: Context) => {
  return NextResponse.json(await getDashboard((await params).id));
});

export const PUT = route(async (request: Request, { params }: Context) => {
  const { baseVersion, document, message, ...metadata } = await parseBody(
    request,
    saveDashboardBody,
    DASHBOARD_BODY_LIMIT,
  );
  const id = (await params).id;
  const saved = await saveDashboard(id, baseVersion, metadata, document, message, authorOf(request));
  await auditFrom(request, "dashboard_saved", "dashboard", id, { name: saved.name, version: saved.version });
  return NextResponse.json(saved);
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const id = (await params).id;
  await deleteDashboard(id);
  await auditFrom(request, "dashboard_deleted", "dashboard", id);
  return new NextResponse(null, { status: 204 });
});
