import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { createDashboardBody, listDashboardsQuery } from "@/lib/contracts/dashboards";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { createDashboard, DEFAULT_LIST_PAGE, listDashboards } from "@/lib/dashboards/repository";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ query: listDashboardsQuery }, async ({ query }) => {
  const limit = query.limit ?? DEFAULT_LIST_PAGE;
  const offset = query.offset ?? 0;
  // One row more than the page tells whether another page follows.
  const rows = await listDashboards({ ...query, limit: limit + 1, offset });
  const dashboards = rows.slice(0, limit);
  return NextResponse.json({ dashboards, nextOffset: rows.length > limit ? offset + limit : null });
});

export const POST = route(
  { body: createDashboardBody, bodyLimit: DASHBOARD_BODY_LIMIT },
  async ({ request, body }) => {
    const { document, ...metadata } = body;
    const created = await createDashboard(
      metadata,
      document ?? createEmptyDocument(metadata.name),
      authorOf(request),
    );
    await auditFrom(request, "dashboard_created", "dashboard", created.id, { name: created.name });
    return NextResponse.json(created, { status: 201 });
  },
);
