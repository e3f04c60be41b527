import { NextResponse } from "next/server";
import { findAccount } from "@/lib/accounts/repository";
import { listCloudWatchDashboards } from "@/lib/aws/cloudwatch-dashboards";
import { NotFoundError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The account's own CloudWatch dashboards (ListDashboards), to pick one to import. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = (await params).id;
  const account = await findAccount(id);
  if (!account) throw new NotFoundError(`account ${id} does not exist`);
  return NextResponse.json({ dashboards: await listCloudWatchDashboards(account) });
});
