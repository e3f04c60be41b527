import { NextResponse } from "next/server";
import { assertAccountAllowed } from "@/lib/accounts/policy";
import { toAccountView } from "@/lib/accounts/public-view";
import { createAccount, listAccounts } from "@/lib/accounts/repository";
import { auditFrom } from "@/lib/auth/audit-request";
import { accountConfigSchema } from "@/lib/contracts/accounts";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({}, async () =>
  NextResponse.json({ accounts: (await listAccounts()).map(toAccountView) }),
);

export const POST = route({ body: accountConfigSchema }, async ({ request, body }) => {
  await assertAccountAllowed(body);
  const created = await createAccount(body);
  invalidateAccountCache();
  await auditFrom(request, "account_added", "account", created.id, {
    name: created.name,
    accountId: created.accountId,
  });
  return NextResponse.json(toAccountView(created), { status: 201 });
});
