import type { AccountTarget } from "@/lib/aws/account-config";
import { getQueryResults, startQuery, stopQuery } from "@/lib/aws/logs";
import { UnknownAccountError } from "@/lib/aws/metric-data";
import type { AwsRuntime } from "@/lib/aws/runtime";
import type { LogsQueryBackend } from "./types";

// The run backend over lib/aws: AWS account ids resolve to the registered account's credentials.

export type AccountResolver = (awsAccountId: string) => Promise<AccountTarget | undefined>;

export async function requireAccount(resolve: AccountResolver, awsAccountId: string): Promise<AccountTarget> {
  const account = await resolve(awsAccountId);
  if (!account) {
    throw new UnknownAccountError(
      `account ${awsAccountId} is not registered in Watchwall (Settings → Accounts)`,
    );
  }
  return account;
}

export function awsLogsBackend(resolve: AccountResolver, runtime?: AwsRuntime): LogsQueryBackend {
  return {
    start: async (scope, range) =>
      startQuery(
        await requireAccount(resolve, scope.accountId),
        scope.region,
        { queryString: scope.queryString, logGroupNames: scope.logGroupNames, ...range },
        runtime,
      ),
    results: async (scope, id) =>
      getQueryResults(await requireAccount(resolve, scope.accountId), scope.region, id, runtime),
    stop: async (scope, id) =>
      stopQuery(await requireAccount(resolve, scope.accountId), scope.region, id, runtime),
  };
}
