import { NextResponse } from "next/server";
import { catalogQuery } from "@/lib/contracts/catalog";
import { browseCatalog } from "@/lib/metrics/catalog";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({ query: catalogQuery }, async ({ query }) =>
  NextResponse.json(await browseCatalog(query)),
);
