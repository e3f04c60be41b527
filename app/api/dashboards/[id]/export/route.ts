import { NextResponse } from "next/server";
import { exportCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { getDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The dashboard as a CloudWatch DashboardBody (JSON), ready for PutDashboard or the console's JSON editor. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const dashboard = await getDashboard((await params).id);
  return NextResponse.json(exportCloudWatchDashboard(dashboard.document), {
    headers: { "content-disposition": `inline; filename="${dashboard.name.replace(/[^\w.-]+/g, "_")}.json"` },
  });
});
