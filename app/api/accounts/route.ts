import { NextResponse } from "next/server";
import { toAccountView } from "@/lib/accounts/public-view";
import { createAccount, listAccounts } from "@/lib/accounts/repository";
import { accountConfigSchema } from "@/lib/aws/account-config";
import { invalidateAccountCache } from "@/lib/metrics/query-panels";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return NextResponse.json({ accounts: (await listAccounts()).map(toAccountView) });
});

export const POST = route(async (request: Request) => {
  const config = await parseBody(request, accountConfigSchema);
  const created = await createAccount(config);
  invalidateAccountCache();
  return NextResponse.json(toAccountView(created), { status: 201 });
});
