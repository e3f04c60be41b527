import { NextResponse } from "next/server";
import { assertAccountAllowed } from "@/lib/accounts/policy";
import { toAccountView } from "@/lib/accounts/public-view";
import { deleteAccount, updateAccount } from "@/lib/accounts/repository";
import { auditFrom } from "@/lib/auth/audit-request";
import { accountConfigSchema, updateAccountBody } from "@/lib/contracts/accounts";
import { idParams } from "@/lib/contracts/common";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { NotFoundError, parseParams, route } from "@/lib/server/http";

export const PUT = route(
  { params: idParams, body: updateAccountBody },
  async ({ request, params, body: raw }) => {
    // `externalId: null` removes the stored secret; absent keeps it (the browser never sees it to send back).
    const removeExternalId = raw.externalId === null;
    const config = parseParams({ ...raw, externalId: raw.externalId ?? undefined }, accountConfigSchema);
    await assertAccountAllowed(config);
    const updated = await updateAccount(params.id, config, removeExternalId ? "remove" : "keep");
    if (!updated) throw new NotFoundError(`account ${params.id} does not exist`);
    invalidateAccountCache();
    await auditFrom(request, "account_changed", "account", params.id, {
      name: updated.name,
      accountId: updated.accountId,
    });
    return NextResponse.json(toAccountView(updated));
  },
);

export const DELETE = route({ params: idParams }, async ({ request, params }) => {
  if (!(await deleteAccount(params.id))) throw new NotFoundError(`account ${params.id} does not exist`);
  invalidateAccountCache();
  await auditFrom(request, "account_deleted", "account", params.id);
  return new NextResponse(null, { status: 204 });
});
