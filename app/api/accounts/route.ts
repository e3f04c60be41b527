import { NextResponse } from "next/server";
import { assertAccountAllowed } from "@/lib/accounts/policy";
import { auditFrom } from "@/lib/auth/audit-request";
import { toAccountView } from "@/lib/accounts/public-view";
import { createAccount, listAccounts } from "@/lib/accounts/repository";
import { accountConfigSchema } from "@/lib/aws/account-config";
import { invalidateAccountCache } from "@/lib/metrics/service";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return NextResponse.json({ accounts: (await listAccounts()).map(toAccountView) });
});

export const POST = route(async (request: Request) => {
  const config = await parseBody(request, accountConfigSchema);
  await assertAccountAllowed(config);
  const created = await createAccount(config);
  invalidateAccountCache();
  await auditFrom(request, "account_added", "account", created.id, {
    name: created.name,
    accountId: created.accountId,
  });
  return NextResponse.json(toAccountView(created), { status: 201 });
});
