import type { AwsFailure } from "@/lib/aws/errors";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { healthEventRecordSchema, type HealthEventRecord } from "./model";

// Health snapshots in PostgreSQL: the latest poll of each account and organization, readable by every replica.

export interface HealthSnapshotKey {
  scope: string;
  accountRef: string;
  awsAccountId: string;
  accountName: string;
  organization: boolean;
}

export interface HealthSnapshot extends HealthSnapshotKey {
  fetchedAt?: Date;
  attemptedAt: Date;
  error?: { kind: string; message: string };
  events: HealthEventRecord[];
}

export const accountScope = (accountRef: string) => `account:${accountRef}`;
export const organizationScope = (accountRef: string) => `organization:${accountRef}`;

export async function saveHealthSnapshot(
  key: HealthSnapshotKey,
  result: { events: HealthEventRecord[] } | { failure: AwsFailure; message: string },
  at: Date,
): Promise<void> {
  const where = { scope: key.scope };
  const names = {
    awsAccountId: key.awsAccountId,
    accountName: key.accountName,
    organization: key.organization,
  };
  if ("events" in result) {
    const events = result.events as unknown as Prisma.InputJsonValue;
    const data = { ...names, fetchedAt: at, attemptedAt: at, error: null, errorKind: null, events };
    await db().healthSnapshot.upsert({ where, create: { ...key, ...data }, update: data });
    return;
  }
  const failure = { attemptedAt: at, error: result.message, errorKind: result.failure.kind };
  await db().healthSnapshot.upsert({
    where,
    create: { ...key, ...failure, events: [] },
    update: { ...names, ...failure },
  });
}

export async function deleteHealthSnapshot(scope: string): Promise<void> {
  await db().healthSnapshot.deleteMany({ where: { scope } });
}

/** Drops snapshots of accounts no longer registered (organization snapshots follow their account). */
export async function pruneHealthSnapshots(accountRefs: readonly string[]): Promise<void> {
  await db().healthSnapshot.deleteMany({ where: { accountRef: { notIn: [...accountRefs] } } });
}

export async function listHealthSnapshots(): Promise<HealthSnapshot[]> {
  const rows = await db().healthSnapshot.findMany({ orderBy: [{ accountName: "asc" }, { scope: "asc" }] });
  return rows.map((row) => {
    const events = healthEventRecordSchema.array().safeParse(row.events);
    // A shape this version cannot read (another version wrote it) is an error, never "no events".
    const error = row.error
      ? { kind: row.errorKind ?? "unknown", message: row.error }
      : events.success
        ? undefined
        : {
            kind: "unknown",
            message: "the stored snapshot has a shape this version cannot read; waiting for the next poll",
          };
    return {
      scope: row.scope,
      accountRef: row.accountRef,
      awsAccountId: row.awsAccountId,
      accountName: row.accountName,
      organization: row.organization,
      ...(row.fetchedAt ? { fetchedAt: row.fetchedAt } : {}),
      attemptedAt: row.attemptedAt,
      ...(error ? { error } : {}),
      events: events.success ? events.data : [],
    };
  });
}
