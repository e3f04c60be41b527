import { db } from "@/lib/db/client";
import { groupsKeyOf, measureKeyOf, type Measure, type MeasureTarget } from "./measure-keys";

// What Logs Insights queries last scanned, kept for cost estimates: every completed query records its bytes
// scanned and the length of its range under two keys — the exact query on its log groups, and the log groups
// alone (Logs Insights scans the groups' events in the range whatever the query asks, so another query on the
// same groups is the next best measure). One row per key: the latest measure replaces the previous one.

export async function recordMeasure(
  target: MeasureTarget,
  bytesScanned: number,
  rangeMs: number,
): Promise<void> {
  if (!(rangeMs > 0) || !(bytesScanned >= 0)) return;
  const key = measureKeyOf(target);
  const groupsKey = groupsKeyOf(target);
  await db().logsQueryMeasure.upsert({
    where: { key },
    create: { key, groupsKey, bytesScanned, rangeMs },
    update: { bytesScanned, rangeMs, measuredAt: new Date() },
  });
}

/** [I] Measures older than this are not used: log volumes change. */
export const MEASURE_MAX_AGE_MS = 7 * 86_400_000;

/**
 * The latest measure of each target: the exact query's if recorded within MEASURE_MAX_AGE_MS, else the
 * latest of any query on the same log groups; `basis` says which. Targets with neither are left out.
 */
export async function latestMeasures(
  targets: readonly MeasureTarget[],
  now = Date.now(),
): Promise<Map<string, Measure & { basis: "query" | "groups" }>> {
  const found = new Map<string, Measure & { basis: "query" | "groups" }>();
  if (targets.length === 0) return found;
  const since = new Date(now - MEASURE_MAX_AGE_MS);
  const keys = targets.map(measureKeyOf);
  const groupsKeys = targets.map(groupsKeyOf);
  const rows = await db().logsQueryMeasure.findMany({
    where: { measuredAt: { gte: since }, OR: [{ key: { in: keys } }, { groupsKey: { in: groupsKeys } }] },
    orderBy: { measuredAt: "desc" },
  });
  const toMeasure = (r: (typeof rows)[number]): Measure => ({
    bytesScanned: r.bytesScanned,
    rangeMs: r.rangeMs,
    measuredAt: r.measuredAt.getTime(),
  });
  targets.forEach((_, i) => {
    const key = keys[i] as string;
    const exact = rows.find((r) => r.key === key);
    if (exact) {
      found.set(key, { ...toMeasure(exact), basis: "query" });
      return;
    }
    const sameGroups = rows.find((r) => r.groupsKey === groupsKeys[i]);
    if (sameGroups) found.set(key, { ...toMeasure(sameGroups), basis: "groups" });
  });
  return found;
}
