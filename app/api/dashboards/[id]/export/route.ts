import { NextResponse } from "next/server";
import { idParams } from "@/lib/contracts/common";
import { exportCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { getDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The dashboard as a CloudWatch DashboardBody (JSON), ready for PutDashboard or the console's JSON editor. */
export const GET = route({ params: idParams }, async ({ params }) => {
  const dashboard = await getDashboard(params.id);
  return NextResponse.json(exportCloudWatchDashboard(dashboard.document), {
    headers: { "content-disposition": `inline; filename="${dashboard.name.replace(/[^\w.-]+/g, "_")}.json"` },
  });
});
