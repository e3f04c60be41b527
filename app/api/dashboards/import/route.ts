import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { importDashboardBody } from "@/lib/contracts/dashboards";
import { importCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { createDashboard, firstRegisteredAccountId } from "@/lib/dashboards/repository";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";
import { HttpError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Imports a CloudWatch dashboard body; all or nothing, errors point at the widget and field. */
export const POST = route(
  { body: importDashboardBody, bodyLimit: DASHBOARD_BODY_LIMIT },
  async ({ request, body: input }) => {
    // Widgets that name no account keep none: they read the dashboard's account, recorded here.
    const result = importCloudWatchDashboard(input.body, {
      defaultRegion: input.defaultRegion ?? "us-east-1",
      defaultAccountId: input.accountId ?? (await firstRegisteredAccountId()),
    });
    if (!result.ok) {
      const first = result.errors[0];
      throw new HttpError(
        400,
        "invalid_cloudwatch_dashboard",
        `${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the dashboard body${first ? `, first at ${first.path || "/"}: ${first.message}` : ""}`,
        result.errors,
      );
    }
    const created = await createDashboard(
      { name: input.name, tags: input.tags ?? [] },
      result.document,
      authorOf(request),
    );
    await auditFrom(request, "dashboard_created", "dashboard", created.id, {
      name: created.name,
      imported: true,
    });
    return NextResponse.json({ dashboard: created, warnings: result.warnings }, { status: 201 });
  },
);
