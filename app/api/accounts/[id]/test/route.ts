import { NextResponse } from "next/server";
import { findAccount } from "@/lib/accounts/repository";
import { testConnection } from "@/lib/aws/test-connection";
import { connectionTestBody } from "@/lib/contracts/accounts";
import { idParams } from "@/lib/contracts/common";
import { NotFoundError, route } from "@/lib/server/http";

/** Test connection: per Region, exactly which step failed (credentials, identity or CloudWatch) and why. */
export const POST = route({ params: idParams, body: connectionTestBody }, async ({ params, body }) => {
  const account = await findAccount(params.id);
  if (!account) throw new NotFoundError(`account ${params.id} does not exist`);
  return NextResponse.json(await testConnection(account, body.regions));
});
