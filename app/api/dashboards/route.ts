import { NextResponse } from "next/server";
import { createDashboardBody, listDashboardsQuery } from "@/lib/dashboards/api-schemas";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { createDashboard, listDashboards } from "@/lib/dashboards/repository";
import { parseBody, parseParams, route } from "@/lib/server/http";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const filter = parseParams(new URL(request.url).searchParams, listDashboardsQuery);
  return NextResponse.json({ dashboards: await listDashboards(filter) });
});

export const POST = route(async (request: Request) => {
  const { document, ...metadata } = await parseBody(request, createDashboardBody, DASHBOARD_BODY_LIMIT);
  const created = await createDashboard(metadata, document ?? createEmptyDocument(metadata.name));
  return NextResponse.json(created, { status: 201 });
});
