import { db } from "@/lib/db/client";
import type { LogGroupRef, LogsHistoryEntry, LogsHistoryResponse } from "@/lib/contracts/logs";
import type { Prisma } from "@/lib/generated/prisma/client";

// Query history per user, each run with what it scanned and cost. ownerId is null until authentication is
// wired in (then every user sees only their own runs).

export const HISTORY_PAGE = 100;

export interface HistoryRecord {
  ownerId: string | null;
  query: string;
  groups: LogGroupRef[];
  mode: "groups" | "prefix";
  rangeStart: number;
  rangeEnd: number;
  status: string;
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
  costUsd: number;
  reused: boolean;
}

export async function recordHistory(entry: HistoryRecord): Promise<void> {
  await db().logQueryHistory.create({
    data: {
      ...entry,
      groups: entry.groups as unknown as Prisma.InputJsonValue,
      rangeStart: new Date(entry.rangeStart),
      rangeEnd: new Date(entry.rangeEnd),
    },
  });
}

export async function listHistory(ownerId: string | null): Promise<LogsHistoryResponse> {
  const rows = await db().logQueryHistory.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    take: HISTORY_PAGE,
  });
  const total = await db().logQueryHistory.aggregate({ where: { ownerId }, _sum: { costUsd: true } });
  const entries: LogsHistoryEntry[] = rows.map((r) => ({
    id: r.id,
    query: r.query,
    groups: r.groups as unknown as LogGroupRef[],
    mode: r.mode === "prefix" ? "prefix" : "groups",
    rangeStart: r.rangeStart.getTime(),
    rangeEnd: r.rangeEnd.getTime(),
    status: r.status,
    recordsMatched: r.recordsMatched,
    recordsScanned: r.recordsScanned,
    bytesScanned: r.bytesScanned,
    costUsd: r.costUsd,
    reused: r.reused,
    createdAt: r.createdAt.toISOString(),
  }));
  return { entries, totalCostUsd: total._sum.costUsd ?? 0 };
}
