import { NextResponse } from "next/server";
import { auditFrom } from "@/lib/auth/audit-request";
import { authorOf } from "@/lib/auth/context";
import { z } from "zod";
import { restoreVersionBody, versionNumber } from "@/lib/dashboards/api-schemas";
import { restoreVersion } from "@/lib/dashboards/repository";
import { parseBody, parseParams, route } from "@/lib/server/http";

const paramsSchema = z.object({ id: z.string().min(1), version: z.coerce.number().pipe(versionNumber) });

export const POST = route(
  async (request: Request, { params }: { params: Promise<{ id: string; version: string }> }) => {
    const { id, version } = parseParams(await params, paramsSchema);
    const { baseVersion } = await parseBody(request, restoreVersionBody);
    const restored = await restoreVersion(id, version, baseVersion, authorOf(request));
    await auditFrom(request, "dashboard_restored", "dashboard", id, {
      version,
      newVersion: restored.version,
    });
    return NextResponse.json(restored);
  },
);
