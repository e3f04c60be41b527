// Simulated AWS STS (awsQuery, 2011-06-15): AssumeRole into the demo accounts and GetCallerIdentity.
import { DEFAULT_ACCOUNT_ID } from "@/lib/simulator/accounts";
import type { RequestContext, ServiceDefinition } from "@/lib/simulator/core/types";
import { assumeRole } from "./assume-role";

export interface StsServiceOptions {
  /** First serial used in minted access keys; keys stay unique for 36^4 sessions per simulator run. */
  firstSerial?: number;
}

function getCallerIdentity(ctx: RequestContext) {
  const caller = ctx.caller ?? { arn: `arn:aws:iam::${ctx.accountId}:root`, userId: ctx.accountId };
  return { UserId: caller.userId, Account: ctx.accountId || DEFAULT_ACCOUNT_ID, Arn: caller.arn };
}

export function createStsService(options: StsServiceOptions = {}): ServiceDefinition {
  let serial = options.firstSerial ?? 1;
  const nextSerial = () => serial++;
  return {
    name: "sts",
    operations: {
      AssumeRole: (input, ctx) => assumeRole(input, ctx, nextSerial),
      GetCallerIdentity: (_input, ctx) => getCallerIdentity(ctx),
    },
  };
}
