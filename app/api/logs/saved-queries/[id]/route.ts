import { NextResponse } from "next/server";
import { savedQueryInputSchema } from "@/lib/contracts/logs";
import { requireAccount } from "@/lib/logs/backend";
import { mapLogsErrors } from "@/lib/logs/http";
import { requestOwnerId } from "@/lib/logs/owner";
import { deleteSavedQuery, findSavedQuery, saveQuery } from "@/lib/logs/saved-queries";
import { registeredAccount } from "@/lib/metrics/query-panels";
import { NotFoundError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const resolve = registeredAccount;

export const GET = route(async (_request: Request, context: Context) => {
  const { id } = await context.params;
  const saved = await findSavedQuery(id);
  if (!saved) throw new NotFoundError(`saved query ${id} does not exist`);
  return NextResponse.json(saved, { headers: { "cache-control": "no-store" } });
});

export const PUT = route(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const body = await parseBody(request, savedQueryInputSchema);
  const account = await requireAccount(resolve, body.accountId);
  return NextResponse.json(await mapLogsErrors(() => saveQuery(account, body, id, requestOwnerId(request))));
});

export const DELETE = route(async (_request: Request, context: Context) => {
  const { id } = await context.params;
  await mapLogsErrors(() => deleteSavedQuery(resolve, id));
  return new Response(null, { status: 204 });
});
