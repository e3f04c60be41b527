import { NextResponse } from "next/server";
import { variableValuesRequest } from "@/lib/contracts/variable-values";
import { CatalogAccountError } from "@/lib/metrics/catalog";
import { variableValues, VariableSearchError } from "@/lib/metrics/variable-values";
import { HttpError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The values of a property variable filled from a search, in one account and Region. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, variableValuesRequest);
  try {
    return NextResponse.json(await variableValues(query));
  } catch (error) {
    if (error instanceof CatalogAccountError) throw new HttpError(400, "unknown_account", error.message);
    if (error instanceof VariableSearchError) throw new HttpError(400, "invalid_search", error.message);
    throw error;
  }
});
