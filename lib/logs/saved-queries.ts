import type { AccountTarget } from "@/lib/aws/account-config";
import { deleteQueryDefinition, describeQueryDefinitions, putQueryDefinition } from "@/lib/aws/logs";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { db } from "@/lib/db/client";
import type { SavedQuery, SavedQueriesResponse } from "@/lib/contracts/logs";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import { sampleQueries } from "./samples";

// Saved queries in folders ("a/b/name"), kept in PostgreSQL and synced both ways with CloudWatch's query
// definitions of their account and Region: listing pulls CloudWatch's (new, changed, deleted there), saving
// pushes the whole definition (PutQueryDefinition overwrites every field, so omitting one would clear it).

export class SavedQueryNotFoundError extends Error {
  override name = "SavedQueryNotFoundError";
}

type Row = Awaited<ReturnType<ReturnType<typeof db>["logSavedQuery"]["findMany"]>>[number];

function toWire(row: Row): SavedQuery {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    accountId: row.accountId,
    region: row.region,
    logGroups: row.logGroups,
    ...(row.queryDefinitionId ? { queryDefinitionId: row.queryDefinitionId } : {}),
    updatedAt: row.updatedAt.toISOString(),
    origin: row.queryDefinitionId ? "cloudwatch" : "watchwall",
  };
}

/** Pulls CloudWatch's definitions of one account and Region into the table. */
export async function pullDefinitions(
  account: AccountTarget,
  region: string,
  runtime?: AwsRuntime,
): Promise<void> {
  const remote = await describeQueryDefinitions(account, region, runtime);
  const local = await db().logSavedQuery.findMany({
    where: { accountId: account.accountId, region, queryDefinitionId: { not: null } },
  });
  const byId = new Map(local.map((r) => [r.queryDefinitionId, r]));
  for (const def of remote) {
    const existing = byId.get(def.id);
    byId.delete(def.id);
    const data = { name: def.name, query: def.queryString, logGroups: def.logGroupNames };
    if (!existing) {
      await db().logSavedQuery.create({
        data: { ...data, accountId: account.accountId, region, queryDefinitionId: def.id, ownerId: null },
      });
    } else if (
      existing.name !== def.name ||
      existing.query !== def.queryString ||
      existing.logGroups.join("\n") !== def.logGroupNames.join("\n")
    ) {
      await db().logSavedQuery.update({ where: { id: existing.id }, data });
    }
  }
  // Deleted in CloudWatch: gone here too.
  const gone = [...byId.values()].map((r) => r.id);
  if (gone.length > 0) await db().logSavedQuery.deleteMany({ where: { id: { in: gone } } });
}

export async function listSavedQueries(
  scopes: { account: AccountTarget; region: string }[],
  runtime?: AwsRuntime,
): Promise<SavedQueriesResponse> {
  const syncErrors: string[] = [];
  for (const { account, region } of scopes) {
    try {
      await pullDefinitions(account, region, runtime);
    } catch (error) {
      syncErrors.push(`${account.accountId} ${region}: ${describeFailure(classifyAwsError(error))}`);
    }
  }
  const rows = await db().logSavedQuery.findMany({ orderBy: { name: "asc" } });
  const first = scopes[0];
  return {
    queries: [...rows.map(toWire), ...(first ? sampleQueries(first.account.accountId, first.region) : [])],
    syncErrors,
  };
}

export interface SaveInput {
  name: string;
  query: string;
  accountId: string;
  region: string;
  logGroups: string[];
}

/** Creates (id undefined) or replaces a saved query, writing the whole definition to CloudWatch first. */
export async function saveQuery(
  account: AccountTarget,
  input: SaveInput,
  id: string | undefined,
  ownerId: string | null,
  runtime?: AwsRuntime,
): Promise<SavedQuery> {
  const existing = id ? await db().logSavedQuery.findUnique({ where: { id } }) : null;
  if (id && !existing) throw new SavedQueryNotFoundError(`saved query ${id} does not exist`);
  const sameScope = existing && existing.accountId === input.accountId && existing.region === input.region;
  const definitionId = await putQueryDefinition(
    account,
    input.region,
    {
      ...(sameScope && existing.queryDefinitionId ? { id: existing.queryDefinitionId } : {}),
      name: input.name,
      queryString: input.query,
      logGroupNames: input.logGroups,
    },
    runtime,
  );
  if (existing && !sameScope && existing.queryDefinitionId) {
    // Moved to another account or Region: the old definition goes.
    await deleteQueryDefinition(account, existing.region, existing.queryDefinitionId, runtime).catch(
      () => undefined,
    );
  }
  const data = { ...input, queryDefinitionId: definitionId };
  const row = existing
    ? await db().logSavedQuery.update({ where: { id: existing.id }, data })
    : await db().logSavedQuery.create({ data: { ...data, ownerId } });
  return toWire(row);
}

export async function findSavedQuery(id: string): Promise<SavedQuery | undefined> {
  const row = await db().logSavedQuery.findUnique({ where: { id } });
  return row ? toWire(row) : undefined;
}

export async function deleteSavedQuery(
  resolve: (accountId: string) => Promise<AccountTarget | undefined>,
  id: string,
  runtime?: AwsRuntime,
): Promise<void> {
  const row = await db().logSavedQuery.findUnique({ where: { id } });
  if (!row) throw new SavedQueryNotFoundError(`saved query ${id} does not exist`);
  if (row.queryDefinitionId) {
    const account = await resolve(row.accountId);
    if (account) {
      try {
        await deleteQueryDefinition(account, row.region, row.queryDefinitionId, runtime);
      } catch (error) {
        if (classifyAwsError(error).kind !== "not-found") throw error;
      }
    }
  }
  await db().logSavedQuery.delete({ where: { id } });
}
