import { NextResponse } from "next/server";
import { createDashboardBody, listDashboardsQuery } from "@/lib/contracts/dashboards";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { createDashboard, listDashboards } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ query: listDashboardsQuery }, async ({ query }) =>
  NextResponse.json({ dashboards: await listDashboards(query) }),
);

export const POST = route({ body: createDashboardBody }, async ({ body }) => {
  const { document, ...metadata } = body;
  const created = await createDashboard(metadata, document ?? createEmptyDocument(metadata.name));
  return NextResponse.json(created, { status: 201 });
});
