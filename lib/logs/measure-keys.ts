import crypto from "node:crypto";

// The keys under which what a Logs Insights query scanned is kept (lib/logs/measures.ts), shared with the cost
// estimate (lib/cost), which looks a dashboard's log widgets up by them.

export interface MeasureTarget {
  accountId: string;
  region: string;
  logGroupNames: readonly string[];
  queryString: string;
}

export interface Measure {
  bytesScanned: number;
  rangeMs: number;
  measuredAt: number;
}

function hash(parts: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 40);
}

export function groupsKeyOf(target: Omit<MeasureTarget, "queryString">): string {
  return hash([target.accountId, target.region, [...target.logGroupNames].sort()]);
}

export function measureKeyOf(target: MeasureTarget): string {
  return hash([target.accountId, target.region, [...target.logGroupNames].sort(), target.queryString.trim()]);
}
