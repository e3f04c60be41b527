import { NextResponse } from "next/server";
import { toAccountView } from "@/lib/accounts/public-view";
import { deleteAccount, updateAccount } from "@/lib/accounts/repository";
import { accountConfigSchema, updateAccountBody } from "@/lib/contracts/accounts";
import { idParams } from "@/lib/contracts/common";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { NotFoundError, parseParams, route } from "@/lib/server/http";

export const PUT = route({ params: idParams, body: updateAccountBody }, async ({ params, body: raw }) => {
  // `externalId: null` removes the stored secret; absent keeps it (the browser never sees it to send back).
  const removeExternalId = raw.externalId === null;
  const config = parseParams({ ...raw, externalId: raw.externalId ?? undefined }, accountConfigSchema);
  const updated = await updateAccount(params.id, config, removeExternalId ? "remove" : "keep");
  if (!updated) throw new NotFoundError(`account ${params.id} does not exist`);
  invalidateAccountCache();
  return NextResponse.json(toAccountView(updated));
});

export const DELETE = route({ params: idParams }, async ({ params }) => {
  if (!(await deleteAccount(params.id))) throw new NotFoundError(`account ${params.id} does not exist`);
  invalidateAccountCache();
  return new NextResponse(null, { status: 204 });
});
