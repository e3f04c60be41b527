import { NextResponse } from "next/server";
import { toAccountView } from "@/lib/accounts/public-view";
import { deleteAccount, updateAccount } from "@/lib/accounts/repository";
import { accountConfigSchema } from "@/lib/aws/account-config";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { z } from "zod";
import { NotFoundError, parseBody, parseParams, route } from "@/lib/server/http";

type Context = { params: Promise<{ id: string }> };

const updateBody = z.object({ externalId: z.string().nullable().optional() }).loose();

export const PUT = route(async (request: Request, { params }: Context) => {
  const id = (await params).id;
  const raw = await parseBody(request, updateBody);
  const removeExternalId = raw.externalId === null;
  const config = parseParams({ ...raw, externalId: raw.externalId ?? undefined }, accountConfigSchema);
  const updated = await updateAccount(id, config, removeExternalId ? "remove" : "keep");
  if (!updated) throw new NotFoundError(`account ${id} does not exist`);
  invalidateAccountCache();
  return NextResponse.json(toAccountView(updated));
});

export const DELETE = route(async (_request: Request, { params }: Context) => {
  const id = (await params).id;
  if (!(await deleteAccount(id))) throw new NotFoundError(`account ${id} does not exist`);
  invalidateAccountCache();
  return new NextResponse(null, { status: 204 });
});
