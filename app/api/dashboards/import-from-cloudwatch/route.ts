import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { z } from "zod";
import { findAccount } from "@/lib/accounts/repository";
import { getCloudWatchDashboardBody } from "@/lib/aws/cloudwatch-dashboards";
import { importCloudWatchDashboard } from "@/lib/dashboards/cloudwatch";
import { createDashboard } from "@/lib/dashboards/repository";
import { HttpError, NotFoundError, parseBody, route } from "@/lib/server/http";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";

const body = z.object({
  account: z.string().min(1),
  dashboardName: z.string().min(1).max(255),
  name: z.string().trim().min(1).max(255).optional(),
});

/** Imports one of an account's CloudWatch dashboards (GetDashboard); widgets without an account get that account. */
export const POST = route(async (request: Request) => {
  const input = await parseBody(request, body, DASHBOARD_BODY_LIMIT);
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
});
