import { NextResponse } from "next/server";
import { findAccount } from "@/lib/accounts/repository";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { getCloudWatchDashboardBody } from "@/lib/aws/cloudwatch-dashboards";
import { importFromCloudWatchBody } from "@/lib/contracts/cloudwatch-dashboards";
import { importCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { createDashboard } from "@/lib/dashboards/repository";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";
import { HttpError, NotFoundError, route } from "@/lib/server/http";

/** Imports one of an account's CloudWatch dashboards (GetDashboard); widgets without an account get that account. */
export const POST = route(
  { body: importFromCloudWatchBody, bodyLimit: DASHBOARD_BODY_LIMIT },
  async ({ request, body: input }) => {
    const account = await findAccount(input.account);
    if (!account) throw new NotFoundError(`account ${input.account} does not exist`);
    const source = await getCloudWatchDashboardBody(account, input.dashboardName);
    const result = importCloudWatchDashboard(source, {
      defaultRegion: account.regions[0] ?? "us-east-1",
      defaultAccountId: account.accountId,
    });
    if (!result.ok) {
      throw new HttpError(
        400,
        "invalid_cloudwatch_dashboard",
        `CloudWatch dashboard ${input.dashboardName} cannot be imported`,
        result.errors,
      );
    }
    const created = await createDashboard(
      { name: input.name ?? `${input.dashboardName} (${account.name})`, tags: ["imported"] },
      result.document,
      authorOf(request),
    );
    await auditFrom(request, "dashboard_created", "dashboard", created.id, {
      name: created.name,
      importedFrom: account.name,
    });
    return NextResponse.json({ dashboard: created, warnings: result.warnings }, { status: 201 });
  },
);
