import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { createDashboardBody, listDashboardsQuery } from "@/lib/dashboards/api-schemas";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { createDashboard, DEFAULT_LIST_PAGE, listDashboards } from "@/lib/dashboards/repository";
import { parseBody, parseParams, route } from "@/lib/server/http";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const filter = parseParams(new URL(request.url).searchParams, listDashboardsQuery);
  const limit = filter.limit ?? DEFAULT_LIST_PAGE;
  const offset = filter.offset ?? 0;
  // One row more than the page tells whether another page follows.
  const rows = await listDashboards({ ...filter, limit: limit + 1, offset });
  const dashboards = rows.slice(0, limit);
  return NextResponse.json({ dashboards, nextOffset: rows.length > limit ? offset + limit : null });
});

export const POST = route(async (request: Request) => {
  const { document, ...metadata } = await parseBody(request, createDashboardBody, DASHBOARD_BODY_LIMIT);
  const created = await createDashboard(
    metadata,
    document ?? createEmptyDocument(metadata.name),
    authorOf(request),
  );
  await auditFrom(request, "dashboard_created", "dashboard", created.id, { name: created.name });
  return NextResponse.json(created, { status: 201 });
});
