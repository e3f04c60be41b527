import { NextResponse } from "next/server";
import { idParams } from "@/lib/contracts/common";
import { saveDashboardBody } from "@/lib/contracts/dashboards";
import { deleteDashboard, getDashboard, saveDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ params: idParams }, async ({ params }) =>
  NextResponse.json(await getDashboard(params.id)),
);

export const PUT = route({ params: idParams, body: saveDashboardBody }, async ({ params, body }) => {
  const { baseVersion, document, message, ...metadata } = body;
  return NextResponse.json(await saveDashboard(params.id, baseVersion, metadata, document, message));
});

export const DELETE = route({ params: idParams }, async ({ params }) => {
  await deleteDashboard(params.id);
  return new NextResponse(null, { status: 204 });
});
