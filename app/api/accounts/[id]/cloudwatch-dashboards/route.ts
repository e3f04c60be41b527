import { NextResponse } from "next/server";
import { findAccount } from "@/lib/accounts/repository";
import { listCloudWatchDashboards } from "@/lib/aws/cloudwatch-dashboards";
import { idParams } from "@/lib/contracts/common";
import { NotFoundError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The account's own CloudWatch dashboards (ListDashboards), to pick one to import. */
export const GET = route({ params: idParams }, async ({ params }) => {
  const account = await findAccount(params.id);
  if (!account) throw new NotFoundError(`account ${params.id} does not exist`);
  return NextResponse.json({ dashboards: await listCloudWatchDashboards(account) });
});
