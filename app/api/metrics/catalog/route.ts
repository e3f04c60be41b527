import { NextResponse } from "next/server";
import { browseCatalog, CatalogAccountError, catalogQuery } from "@/lib/metrics/catalog";
import { HttpError, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const query = parseParams(new URL(request.url).searchParams, catalogQuery);
  try {
    return NextResponse.json(await browseCatalog(query));
  } catch (error) {
    if (error instanceof CatalogAccountError) throw new HttpError(400, "unknown_account", error.message);
    throw error;
  }
});
