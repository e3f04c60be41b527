import { NextResponse } from "next/server";
import { idParams } from "@/lib/contracts/common";
import { undeleteDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route({ params: idParams }, async ({ params }) =>
  NextResponse.json(await undeleteDashboard(params.id)),
);
