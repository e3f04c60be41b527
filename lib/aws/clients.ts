import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { HealthClient } from "@aws-sdk/client-health";
import { STSClient } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { AccountTarget } from "./account-config";
import { callMetricsPlugin } from "./call-metrics";
import { accountCredentials } from "./credentials";
// Loaded with every client so any AWS failure reaching a route maps to its 502 (lib/aws/errors registers it).
import "./errors";
import { awsRuntime, type AwsRuntime } from "./runtime";

// One set of SDK clients per (account, Region), reused across requests so connections and credentials are
// shared by every viewer. Throttling and transient errors are retried by the SDK's standard strategy
// (exponential backoff with jitter).

const MAX_ATTEMPTS = 4;

export interface AccountClients {
  cloudwatch: CloudWatchClient;
  logs: CloudWatchLogsClient;
  health: HealthClient;
  sts: STSClient;
}

interface CacheEntry {
  fingerprint: string;
  credentials: AwsCredentialIdentityProvider;
  clients: Map<string, AccountClients>;
}

const KEY = Symbol.for("watchwall.aws.clients");

function cache(): Map<string, CacheEntry> {
  const holder = globalThis as { [KEY]?: Map<string, CacheEntry> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Health is a global service served from us-east-1 (SDK region "aws-global" resolves there too). */
const HEALTH_REGION = "us-east-1";

function build(
  region: string,
  credentials: AwsCredentialIdentityProvider,
  runtime: AwsRuntime,
  awsAccountId: string,
): AccountClients {
  const endpoint = runtime.mode === "simulator" ? { endpoint: runtime.endpoint } : {};
  const common = { region, credentials, maxAttempts: MAX_ATTEMPTS, ...endpoint };
  const clients: AccountClients = {
    cloudwatch: new CloudWatchClient(common),
    logs: new CloudWatchLogsClient(common),
    health: new HealthClient({ ...common, region: HEALTH_REGION }),
    sts: new STSClient(common),
  };
  clients.cloudwatch.middlewareStack.use(callMetricsPlugin("cloudwatch", awsAccountId, region));
  clients.logs.middlewareStack.use(callMetricsPlugin("logs", awsAccountId, region));
  clients.health.middlewareStack.use(callMetricsPlugin("health", awsAccountId, HEALTH_REGION));
  clients.sts.middlewareStack.use(callMetricsPlugin("sts", awsAccountId, region));
  return clients;
}

export function clientsFor(
  account: AccountTarget,
  region: string,
  runtime: AwsRuntime = awsRuntime(),
): AccountClients {
  const fingerprint = JSON.stringify([
    account.credentialType,
    account.profile,
    account.roleArn,
    account.externalId,
    account.sessionName,
    runtime.mode,
  ]);
  let entry = cache().get(account.id);
  if (!entry || entry.fingerprint !== fingerprint) {
    entry?.clients.forEach(destroy);
    entry = { fingerprint, credentials: accountCredentials(account, runtime), clients: new Map() };
    cache().set(account.id, entry);
  }
  let clients = entry.clients.get(region);
  if (!clients) {
    clients = build(region, entry.credentials, runtime, account.accountId);
    entry.clients.set(region, clients);
  }
  return clients;
}

function destroy(clients: AccountClients): void {
  clients.cloudwatch.destroy();
  clients.logs.destroy();
  clients.health.destroy();
  clients.sts.destroy();
}

/** Drops an account's clients and cached credentials (after its settings change or it is removed). */
export function forgetAccount(accountId: string): void {
  cache().get(accountId)?.clients.forEach(destroy);
  cache().delete(accountId);
}
