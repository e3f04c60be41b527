import { NextResponse } from "next/server";
import { z } from "zod";
import { accountIdSchema, regionSchema, savedQueryInputSchema } from "@/lib/contracts/logs";
import { requireAccount } from "@/lib/logs/backend";
import { mapLogsErrors } from "@/lib/logs/http";
import { requestOwnerId } from "@/lib/logs/owner";
import { listSavedQueries, saveQuery } from "@/lib/logs/saved-queries";
import { registeredAccount } from "@/lib/metrics/query-panels";
import { parseBody, parseParams, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

const listParams = z.object({ account: accountIdSchema, region: regionSchema });
const resolve = registeredAccount;

export const GET = route(async (request: Request) => {
  const q = parseParams(new URL(request.url).searchParams, listParams);
  const account = await requireAccount(resolve, q.account);
  return NextResponse.json(await listSavedQueries([{ account, region: q.region }]), {
    headers: { "cache-control": "no-store" },
  });
});

export const POST = route(async (request: Request) => {
  const body = await parseBody(request, savedQueryInputSchema);
  const account = await requireAccount(resolve, body.accountId);
  const saved = await mapLogsErrors(() => saveQuery(account, body, undefined, requestOwnerId(request)));
  return NextResponse.json(saved, { status: 201 });
});
