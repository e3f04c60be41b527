import { NextResponse } from "next/server";
import { idParams } from "@/lib/contracts/common";
import { duplicateDashboard } from "@/lib/dashboards/repository";
import { route } from "@/lib/server/http";

export const POST = route({ params: idParams }, async ({ params }) =>
  NextResponse.json(await duplicateDashboard(params.id), { status: 201 }),
);
