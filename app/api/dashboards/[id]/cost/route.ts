import { NextResponse } from "next/server";
import { proposedCostBody } from "@/lib/contracts/dashboard-cost";
import { proposedDashboardCost, savedDashboardCost } from "@/lib/cost/service";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request: Request, { params }: Context) => {
  return NextResponse.json(await savedDashboardCost((await params).id), {
    headers: { "cache-control": "no-store" },
  });
});

export const POST = route(async (request: Request, { params }: Context) => {
  const { document } = await parseBody(request, proposedCostBody);
  return NextResponse.json(await proposedDashboardCost((await params).id, document), {
    headers: { "cache-control": "no-store" },
  });
});
