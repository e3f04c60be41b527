import { NextResponse } from "next/server";
import { variableValuesRequest } from "@/lib/contracts/variable-values";
import { CatalogAccountError } from "@/lib/metrics/catalog";
import { variableValues, VariableSearchError } from "@/lib/metrics/variable-values";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { checkScopedVariableListing } from "@/lib/scoped-access/variables";
import { HttpError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** The values of a property variable filled from a search, in one account and Region. Wall screens and
 *  anonymous viewers list only their dashboards' variables. */
export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, variableValuesRequest);
  const scoped = scopedPrincipalOf(request);
  if (scoped) await checkScopedVariableListing(scoped, query);
  try {
    return NextResponse.json(await variableValues(query));
  } catch (error) {
    if (error instanceof CatalogAccountError) throw new HttpError(400, "unknown_account", error.message);
    if (error instanceof VariableSearchError) throw new HttpError(400, "invalid_search", error.message);
    throw error;
  }
});
