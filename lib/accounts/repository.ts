import { accountConfigSchema, type AccountConfig, type AccountTarget } from "@/lib/aws/account-config";
import { forgetAccount } from "@/lib/aws/clients";
import { db } from "@/lib/db/client";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";

// The account registry in Postgres. Accounts come from Settings ("ui"), the accounts file ("config") or the
// simulator's demo organisation ("simulator"); the last two are re-synchronised at every start.

export type AccountSource = "ui" | "config" | "simulator";

export interface RegisteredAccount extends AccountTarget {
  source: AccountSource;
  createdAt: Date;
  updatedAt: Date;
}

interface AccountRow {
  id: string;
  name: string;
  accountId: string;
  credentialType: string;
  profile: string | null;
  roleArn: string | null;
  externalId: string | null;
  sessionName: string | null;
  regions: string[];
  source: string;
  createdAt: Date;
  updatedAt: Date;
}

function toAccount(row: AccountRow): RegisteredAccount {
  const config = accountConfigSchema.parse({
    name: row.name,
    accountId: row.accountId,
    credentialType: row.credentialType,
    profile: row.profile ?? undefined,
    roleArn: row.roleArn ?? undefined,
    externalId: row.externalId ?? undefined,
    sessionName: row.sessionName ?? undefined,
    regions: row.regions,
  });
  const source: AccountSource = row.source === "config" || row.source === "simulator" ? row.source : "ui";
  return { ...config, id: row.id, source, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function toRow(config: AccountConfig) {
  return {
    name: config.name,
    accountId: config.accountId,
    credentialType: config.credentialType,
    profile: config.profile ?? null,
    roleArn: config.roleArn ?? null,
    externalId: config.externalId ?? null,
    sessionName: config.sessionName ?? null,
    regions: config.regions,
  };
}

export async function listAccounts(): Promise<RegisteredAccount[]> {
  const rows = await db().awsAccount.findMany({ orderBy: { name: "asc" } });
  return rows.map(toAccount);
}

export async function findAccount(id: string): Promise<RegisteredAccount | undefined> {
  const row = await db().awsAccount.findUnique({ where: { id } });
  return row ? toAccount(row) : undefined;
}

export class AccountConflictError extends Error {
  override name = "AccountConflictError";
}

/** One registration per AWS account id: two names for one account would let dashboards read it by mistake. */
async function refuseDuplicateAccountId(accountId: string, exceptId?: string): Promise<void> {
  const clash = await db().awsAccount.findFirst({
    where: { accountId, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
  });
  if (clash) {
    throw new AccountConflictError(`AWS account ${accountId} is already registered as "${clash.name}"`);
  }
}

export async function createAccount(config: AccountConfig): Promise<RegisteredAccount> {
  const existing = await db().awsAccount.findUnique({ where: { name: config.name } });
  if (existing) throw new AccountConflictError(`an account named "${config.name}" already exists`);
  await refuseDuplicateAccountId(config.accountId);
  return toAccount(await db().awsAccount.create({ data: { ...toRow(config), source: "ui" } }));
}

export class ReadOnlyAccountError extends Error {
  override name = "ReadOnlyAccountError";
}

function sourceName(source: AccountSource): string {
  return source === "config" ? "the accounts file" : "the simulator";
}

/**
 * Updates an account managed in Settings. The external id is a secret the browser never sees, so an update
 * without one keeps the stored value; `externalId: "remove"` clears it.
 */
export async function updateAccount(
  id: string,
  config: AccountConfig,
  externalId: "keep" | "remove" = "keep",
): Promise<RegisteredAccount | undefined> {
  const current = await findAccount(id);
  if (!current) return undefined;
  if (current.source !== "ui") {
    throw new ReadOnlyAccountError(
      `account "${current.name}" comes from ${sourceName(current.source)} and cannot be changed here`,
    );
  }
  const clash = await db().awsAccount.findFirst({ where: { name: config.name, NOT: { id } } });
  if (clash) throw new AccountConflictError(`an account named "${config.name}" already exists`);
  await refuseDuplicateAccountId(config.accountId, id);
  const row = toRow(config);
  if (config.externalId === undefined && externalId === "keep") row.externalId = current.externalId ?? null;
  const updated = await db().awsAccount.updateMany({ where: { id }, data: row });
  if (updated.count === 0) return undefined;
  forgetAccount(id);
  return findAccount(id);
}

export async function deleteAccount(id: string): Promise<boolean> {
  const current = await findAccount(id);
  if (current && current.source !== "ui") {
    throw new ReadOnlyAccountError(
      `account "${current.name}" comes from ${sourceName(current.source)} and cannot be deleted here`,
    );
  }
  const deleted = await db().awsAccount.deleteMany({ where: { id } });
  forgetAccount(id);
  return deleted.count > 0;
}

/** Makes the accounts of one automated source exactly `configs` (matched by name), keeping their ids. */
export async function syncAccounts(
  source: Exclude<AccountSource, "ui">,
  configs: AccountConfig[],
): Promise<void> {
  const names = configs.map((c) => c.name);
  await db().$transaction(async (tx) => {
    await tx.awsAccount.deleteMany({ where: { source, name: { notIn: names } } });
    for (const config of configs) {
      await tx.awsAccount.upsert({
        where: { name: config.name },
        create: { ...toRow(config), source },
        update: { ...toRow(config), source },
      });
    }
  });
}

registerErrorMapper("accounts", (error) => {
  if (error instanceof AccountConflictError) return new HttpError(409, "conflict", error.message);
  if (error instanceof ReadOnlyAccountError) return new HttpError(403, "read_only_account", error.message);
  return undefined;
});
