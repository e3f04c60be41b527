import { NextResponse } from "next/server";
import { z } from "zod";
import { findAccount } from "@/lib/accounts/repository";
import { testConnection } from "@/lib/aws/test-connection";
import { NotFoundError, parseBody, route } from "@/lib/server/http";

const body = z.object({ regions: z.array(z.string().min(1)).max(30).optional() });

/** Test connection: per Region, exactly which step failed (credentials, identity or CloudWatch) and why. */
export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = (await params).id;
  const account = await findAccount(id);
  if (!account) throw new NotFoundError(`account ${id} does not exist`);
  const { regions } = await parseBody(request, body);
  return NextResponse.json(await testConnection(account, regions));
});
