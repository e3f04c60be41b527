import { NextResponse } from "next/server";
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
  return NextResponse.json(await saveDashboard((await params).id, baseVersion, metadata, document, message));
});

export const DELETE = route(async (_request: Request, { params }: Context) => {
  await deleteDashboard((await params).id);
  return new NextResponse(null, { status: 204 });
});
