import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { fromIni, fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import type { AccountTarget } from "./account-config";
import type { AwsRuntime } from "./runtime";

// Credentials per account, refreshed well before they expire: assumed roles last about an hour while wall
// displays run for weeks, so every provider is memoised with a refresh margin.

const REFRESH_MARGIN_MS = 5 * 60_000;
const SESSION_SECONDS = 3600;
const DEFAULT_SESSION_NAME = "watchwall";

/** Caches an identity until it is within REFRESH_MARGIN_MS of expiring; concurrent callers share one fetch. */
export function memoizeCredentials(
  provider: AwsCredentialIdentityProvider,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let cached: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    const fresh = cached && (!cached.expiration || cached.expiration.getTime() - now() > REFRESH_MARGIN_MS);
    if (cached && fresh) return cached;
    pending ??= provider()
      .then((identity) => {
        cached = identity;
        return identity;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

export function baseCredentials(runtime: AwsRuntime, profile?: string): AwsCredentialIdentityProvider {
  if (runtime.mode === "simulator") {
    const identity = runtime.baseCredentials;
    return async () => identity;
  }
  return profile ? fromIni({ profile }) : fromNodeProviderChain();
}

export function assumeRoleCredentials(options: {
  runtime: AwsRuntime;
  roleArn: string;
  externalId?: string;
  sessionName?: string;
  region: string;
  source: AwsCredentialIdentityProvider;
}): AwsCredentialIdentityProvider {
  const sts = new STSClient({
    region: options.region,
    credentials: options.source,
    maxAttempts: 4,
    ...(options.runtime.mode === "simulator" ? { endpoint: options.runtime.endpoint } : {}),
  });
  return async () => {
    const result = await sts.send(
      new AssumeRoleCommand({
        RoleArn: options.roleArn,
        ExternalId: options.externalId,
        RoleSessionName: options.sessionName ?? DEFAULT_SESSION_NAME,
        DurationSeconds: SESSION_SECONDS,
      }),
    );
    const c = result.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
      throw new Error(`AssumeRole ${options.roleArn} returned no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
}

/** The credential provider for one account, per its configured method. */
export function accountCredentials(
  account: AccountTarget,
  runtime: AwsRuntime,
): AwsCredentialIdentityProvider {
  const home = account.regions[0] ?? "us-east-1";
  switch (account.credentialType) {
    case "default":
      return memoizeCredentials(baseCredentials(runtime));
    case "profile":
      return memoizeCredentials(baseCredentials(runtime, account.profile));
    case "assumeRole":
      return memoizeCredentials(
        assumeRoleCredentials({
          runtime,
          roleArn: account.roleArn ?? "",
          externalId: account.externalId,
          sessionName: account.sessionName,
          region: home,
          source: memoizeCredentials(baseCredentials(runtime, account.profile)),
        }),
      );
  }
}
