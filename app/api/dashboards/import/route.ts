import { NextResponse } from "next/server";
import { importDashboardBody } from "@/lib/contracts/dashboards";
import { importCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { createDashboard } from "@/lib/dashboards/repository";
import { HttpError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Imports a CloudWatch dashboard body; all or nothing, errors point at the widget and field. */
export const POST = route({ body: importDashboardBody }, async ({ body: input }) => {
  // Widgets that name no account keep none: they follow Watchwall's default account when viewed.
  const result = importCloudWatchDashboard(input.body, { defaultRegion: input.defaultRegion ?? "us-east-1" });
  if (!result.ok) {
    const first = result.errors[0];
    throw new HttpError(
      400,
      "invalid_cloudwatch_dashboard",
      `${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the dashboard body${first ? `, first at ${first.path || "/"}: ${first.message}` : ""}`,
      result.errors,
    );
  }
  const created = await createDashboard({ name: input.name, tags: input.tags ?? [] }, result.document);
  return NextResponse.json({ dashboard: created, warnings: result.warnings }, { status: 201 });
});
