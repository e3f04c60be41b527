import { NextResponse } from "next/server";
import { toAccountView } from "@/lib/accounts/public-view";
import { createAccount, listAccounts } from "@/lib/accounts/repository";
import { accountConfigSchema } from "@/lib/contracts/accounts";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route({}, async () =>
  NextResponse.json({ accounts: (await listAccounts()).map(toAccountView) }),
);

export const POST = route({ body: accountConfigSchema }, async ({ body }) => {
  const created = await createAccount(body);
  invalidateAccountCache();
  return NextResponse.json(toAccountView(created), { status: 201 });
});
