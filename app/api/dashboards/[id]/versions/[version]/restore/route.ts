import { NextResponse } from "next/server";
import { restoreVersionBody, versionParams } from "@/lib/contracts/dashboards";
import { restoreVersion } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route({ params: versionParams, body: restoreVersionBody }, async ({ params, body }) =>
  NextResponse.json(await restoreVersion(params.id, params.version, body.baseVersion)),
);
