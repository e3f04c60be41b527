import { NextResponse } from "next/server";
import { healthEventDetail, HealthEventNotFoundError } from "@/lib/aws-health/service";
import { healthEventDetailQuerySchema } from "@/lib/contracts/aws-health";
import { NotFoundError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** One AWS Health event with its description, affected resources and links to what watches them. */
export const GET = route(async (request: Request) => {
  const { arn } = parseParams(new URL(request.url).searchParams, healthEventDetailQuerySchema);
  try {
    return NextResponse.json(
      { event: await healthEventDetail(arn) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof HealthEventNotFoundError) throw new NotFoundError(error.message);
    throw error;
  }
});
