import type { AwsFailure } from "@/lib/aws/errors";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { alarmRecordSchema, type AlarmRecord } from "./model";

// Alarm snapshots in PostgreSQL: the latest poll of each account and Region, readable by every replica.

export interface AlarmSnapshotKey {
  accountRef: string;
  region: string;
  awsAccountId: string;
  accountName: string;
}

export interface AlarmSnapshot extends AlarmSnapshotKey {
  fetchedAt?: Date;
  attemptedAt: Date;
  error?: { kind: string; message: string };
  alarms: AlarmRecord[];
}

export function snapshotKey(accountRef: string, region: string): string {
  return `${accountRef}/${region}`;
}

export async function saveAlarmSnapshot(
  key: AlarmSnapshotKey,
  result: { alarms: AlarmRecord[] } | { failure: AwsFailure; message: string },
  at: Date,
): Promise<void> {
  const where = { accountRef_region: { accountRef: key.accountRef, region: key.region } };
  const names = { awsAccountId: key.awsAccountId, accountName: key.accountName };
  if ("alarms" in result) {
    const alarms = result.alarms as unknown as Prisma.InputJsonValue;
    const data = { ...names, fetchedAt: at, attemptedAt: at, error: null, errorKind: null, alarms };
    await db().alarmSnapshot.upsert({ where, create: { ...key, ...data }, update: data });
    return;
  }
  const failure = { attemptedAt: at, error: result.message, errorKind: result.failure.kind };
  await db().alarmSnapshot.upsert({
    where,
    // Never read: no alarms, and the error says so.
    create: { ...key, ...failure, alarms: [] },
    // Keep the last good alarms (with their fetchedAt) so the page can show them as stale.
    update: { ...names, ...failure },
  });
}

/** Drops snapshots of accounts or Regions no longer polled (the keys are `accountRef/region`). */
export async function pruneAlarmSnapshots(keep: readonly string[]): Promise<void> {
  const rows = await db().alarmSnapshot.findMany({ select: { accountRef: true, region: true } });
  const kept = new Set(keep);
  const stale = rows.filter((r) => !kept.has(snapshotKey(r.accountRef, r.region)));
  for (const row of stale) {
    await db().alarmSnapshot.deleteMany({ where: { accountRef: row.accountRef, region: row.region } });
  }
}

/** A snapshot written in a shape this version cannot read (another version wrote it) is an error, not "no alarms". */
export const UNREADABLE_SNAPSHOT =
  "the stored snapshot has a shape this version cannot read; waiting for the next poll";

export async function listAlarmSnapshots(): Promise<AlarmSnapshot[]> {
  const rows = await db().alarmSnapshot.findMany({ orderBy: [{ accountName: "asc" }, { region: "asc" }] });
  return rows.map((row) => {
    const alarms = alarmRecordSchema.array().safeParse(row.alarms);
    const error = row.error
      ? { kind: row.errorKind ?? "unknown", message: row.error }
      : alarms.success
        ? undefined
        : { kind: "unknown", message: UNREADABLE_SNAPSHOT };
    return {
      accountRef: row.accountRef,
      region: row.region,
      awsAccountId: row.awsAccountId,
      accountName: row.accountName,
      ...(row.fetchedAt ? { fetchedAt: row.fetchedAt } : {}),
      attemptedAt: row.attemptedAt,
      ...(error ? { error } : {}),
      alarms: alarms.success ? alarms.data : [],
    };
  });
}
