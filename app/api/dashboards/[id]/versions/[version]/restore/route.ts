import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { restoreVersionBody, versionParams } from "@/lib/contracts/dashboards";
import { restoreVersion } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route(
  { params: versionParams, body: restoreVersionBody },
  async ({ request, params, body }) => {
    const restored = await restoreVersion(params.id, params.version, body.baseVersion, authorOf(request));
    await auditFrom(request, "dashboard_restored", "dashboard", params.id, {
      version: params.version,
      newVersion: restored.version,
    });
    return NextResponse.json(restored);
  },
);
