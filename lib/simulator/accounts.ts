// The simulated AWS organisation: three demo accounts, their IAM roles and the access keys that sign in to
// them. The protocol layer maps every request's access key to one of these accounts.
import { createHash } from "node:crypto";
import type { CallerIdentity } from "./core/types";
import { decodeSessionToken, SESSION_KEY_PATTERN, sessionAccountId } from "./sts/session-credentials";

export const DEMO_REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1"] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export const PRODUCTION_ACCOUNT_ID = "111111111111";
export const STAGING_ACCOUNT_ID = "222222222222";
export const SHARED_SERVICES_ACCOUNT_ID = "333333333333";
/** [I] Access keys the simulator does not know (e.g. `test`) act as the production account's root. */
export const DEFAULT_ACCOUNT_ID = PRODUCTION_ACCOUNT_ID;

export const DEMO_ROLE_NAME = "WatchwallReadOnly";
/** IAM user the static demo keys belong to. */
export const DEMO_USER_NAME = "watchwall-demo";

export interface DemoRole {
  name: string;
  arn: string;
  /** `AROA...`, the prefix of AssumedRoleUser.AssumedRoleId. */
  roleId: string;
  /** When set, AssumeRole must pass exactly this ExternalId (trust-policy condition). */
  externalId?: string;
  maxSessionDurationSeconds: number;
}

export interface DemoAccount {
  id: string;
  name: string;
  alias: string;
  accessKeyId: string;
  secretAccessKey: string;
  regions: readonly DemoRegion[];
  roles: readonly DemoRole[];
}

/** Deterministic IAM-style unique id (`AIDA…`, `AROA…`): prefix + 17 characters. */
export function stableIamId(prefix: string, seed: string): string {
  const digest = createHash("sha256").update(seed).digest();
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let id = prefix;
  for (let i = 0; i < 17; i++) id += alphabet[(digest[i] ?? 0) % alphabet.length];
  return id;
}

function role(accountId: string, name: string, externalId?: string): DemoRole {
  return {
    name,
    arn: `arn:aws:iam::${accountId}:role/${name}`,
    roleId: stableIamId("AROA", `${accountId}/${name}`),
    externalId,
    // [I] Demo roles allow the full STS range so every DurationSeconds in 900..43200 is accepted.
    maxSessionDurationSeconds: 43_200,
  };
}

function account(
  id: string,
  name: string,
  alias: string,
  accessKeyId: string,
  externalId?: string,
): DemoAccount {
  return {
    id,
    name,
    alias,
    accessKeyId,
    secretAccessKey: createHash("sha256")
      .update(`secret/${id}`)
      .digest("base64")
      .replace(/[+/=]/g, "x")
      .slice(0, 40),
    regions: DEMO_REGIONS,
    roles: [role(id, DEMO_ROLE_NAME, externalId)],
  };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account(PRODUCTION_ACCOUNT_ID, "Production", "acme-production", "AKIAPRODDEMO00000001"),
  account(
    STAGING_ACCOUNT_ID,
    "Staging",
    "acme-staging",
    "AKIASTAGEDEMO0000002",
    "watchwall-staging-external-id",
  ),
  account(
    SHARED_SERVICES_ACCOUNT_ID,
    "Shared services",
    "acme-shared-services",
    "AKIASHAREDDEMO000003",
    "watchwall-shared-external-id",
  ),
];

export function findAccount(accountId: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((a) => a.id === accountId);
}

export function findRole(roleArn: string): { account: DemoAccount; role: DemoRole } | undefined {
  for (const a of DEMO_ACCOUNTS) {
    const r = a.roles.find((x) => x.arn === roleArn);
    if (r) return { account: a, role: r };
  }
  return undefined;
}

/** Account an access key belongs to: static demo keys, minted session keys, or the default account. */
export function accountForAccessKey(accessKeyId: string): string {
  const demo = DEMO_ACCOUNTS.find((a) => a.accessKeyId === accessKeyId);
  if (demo) return demo.id;
  return sessionAccountId(accessKeyId) ?? DEFAULT_ACCOUNT_ID;
}

export type IdentityResolution =
  | { status: "ok"; accountId: string; caller: CallerIdentity }
  | { status: "expired" }
  | { status: "invalid-token" };

export function resolveIdentity(
  accessKeyId: string,
  sessionToken: string | undefined,
  now: Date,
): IdentityResolution {
  const demo = DEMO_ACCOUNTS.find((a) => a.accessKeyId === accessKeyId);
  if (demo) {
    const caller = {
      arn: `arn:aws:iam::${demo.id}:user/${DEMO_USER_NAME}`,
      userId: stableIamId("AIDA", demo.id),
    };
    return { status: "ok", accountId: demo.id, caller };
  }
  if (SESSION_KEY_PATTERN.test(accessKeyId)) {
    // Temporary keys are only valid together with the token they were issued with, as in AWS.
    const payload = sessionToken === undefined ? undefined : decodeSessionToken(sessionToken);
    if (!payload || payload.accessKeyId !== accessKeyId) return { status: "invalid-token" };
    const expiration = new Date(payload.expiration * 1000);
    if (now.getTime() >= expiration.getTime()) return { status: "expired" };
    return {
      status: "ok",
      accountId: payload.accountId,
      caller: {
        arn: `arn:aws:sts::${payload.accountId}:assumed-role/${payload.roleName}/${payload.sessionName}`,
        userId: `${payload.roleId}:${payload.sessionName}`,
        session: { roleArn: payload.roleArn, sessionName: payload.sessionName, expiration },
      },
    };
  }
  return {
    status: "ok",
    accountId: DEFAULT_ACCOUNT_ID,
    caller: { arn: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:root`, userId: DEFAULT_ACCOUNT_ID },
  };
}
