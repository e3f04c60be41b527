import { ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { RegionCheck } from "@/lib/contracts/accounts";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { classifyAwsError, describeFailure, type AwsFailure } from "./errors";
import { awsRuntime, type AwsRuntime } from "./runtime";

// "Test connection": proves, per Region, that the server can obtain the account's credentials (assuming the
// role if configured), that they belong to the configured account, and that CloudWatch answers there.

export type { RegionCheck };

// A namespace nobody uses keeps the probe cheap while still exercising cloudwatch:ListMetrics.
const PROBE_NAMESPACE = "Watchwall/ConnectionTest";

async function checkRegion(
  account: AccountTarget,
  region: string,
  runtime: AwsRuntime,
): Promise<RegionCheck> {
  const clients = clientsFor(account, region, runtime);
  let identityArn: string | undefined;
  try {
    const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
    identityArn = identity.Arn;
    if (identity.Account !== account.accountId) {
      const message = `credentials belong to account ${identity.Account ?? "?"}, not ${account.accountId}`;
      const failure: AwsFailure = { kind: "access-denied", message, retryable: false };
      return {
        region,
        ok: false,
        identityArn,
        failure: { ...failure, step: "identity", description: message },
      };
    }
  } catch (error) {
    const failure = classifyAwsError(error);
    return {
      region,
      ok: false,
      failure: { ...failure, step: "credentials", description: describeFailure(failure) },
    };
  }
  try {
    await clients.cloudwatch.send(new ListMetricsCommand({ Namespace: PROBE_NAMESPACE }));
    return { region, ok: true, identityArn };
  } catch (error) {
    const failure = classifyAwsError(error);
    return {
      region,
      ok: false,
      identityArn,
      failure: { ...failure, step: "cloudwatch", description: describeFailure(failure) },
    };
  }
}

export async function testConnection(
  account: AccountTarget,
  regions?: string[],
  runtime: AwsRuntime = awsRuntime(),
) {
  const targets = regions && regions.length > 0 ? regions : account.regions;
  const checks = await Promise.all(targets.map((region) => checkRegion(account, region, runtime)));
  return { ok: checks.every((c) => c.ok), checks };
}
