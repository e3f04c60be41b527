import { NextResponse } from "next/server";
import { exportAlarmResolutions } from "@/lib/alarms/export-resolution";
import { idParams } from "@/lib/contracts/common";
import { exportCloudWatchDashboard, exportWarnings } from "@/lib/dashboards/cloudwatch";
import { getDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** JSON with every non-ASCII character escaped: header values must be Latin-1 (titles may hold anything). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The dashboard as a CloudWatch DashboardBody (JSON), ready for PutDashboard or the console's JSON editor.
 * What CloudWatch cannot hold (alarm selectors, Health widgets) is written in its nearest form and named in
 * the `x-watchwall-export-warnings` header (a JSON array of { path, message }).
 */
export const GET = route({ params: idParams }, async ({ params }) => {
  const dashboard = await getDashboard(params.id);
  const resolvedAlarms = await exportAlarmResolutions(dashboard.document);
  const warnings = exportWarnings(dashboard.document);
  return NextResponse.json(exportCloudWatchDashboard(dashboard.document, { resolvedAlarms }), {
    headers: {
      "content-disposition": `inline; filename="${dashboard.name.replace(/[^\w.-]+/g, "_")}.json"`,
      ...(warnings.length ? { "x-watchwall-export-warnings": asciiJson(warnings) } : {}),
    },
  });
});
