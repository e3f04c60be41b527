import { NextResponse } from "next/server";
import { idParams } from "@/lib/contracts/common";
import { listVersions } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ params: idParams }, async ({ params }) =>
  NextResponse.json({ versions: await listVersions(params.id) }),
);
