import { z } from "zod";
import type { ScopeTotals } from "./expected-calls";

// The simulator's call counters (GET /_simulator/stats), reduced to what the benchmark checks: GetMetricData
// calls and metric queries, in total and per account and Region.

const countersSchema = z.object({
  calls: z.number(),
  errors: z.number(),
  units: z.record(z.string(), z.number()),
});

const operationSchema = countersSchema.extend({
  byAccount: z.record(z.string(), countersSchema.extend({ byRegion: z.record(z.string(), countersSchema) })),
});

const snapshotSchema = z.object({ operations: z.record(z.string(), z.unknown()) });

export interface MetricDataCounts {
  calls: number;
  queries: number;
  errors: number;
  byScope: ScopeTotals[];
}

const OPERATION = "GetMetricData";
const QUERY_UNIT = "metricQueries";

export function metricDataCounts(snapshot: unknown): MetricDataCounts {
  const operations = snapshotSchema.parse(snapshot).operations;
  const raw = operations[OPERATION];
  if (raw === undefined) return { calls: 0, queries: 0, errors: 0, byScope: [] };
  const op = operationSchema.parse(raw);
  const byScope: ScopeTotals[] = [];
  for (const [accountId, account] of Object.entries(op.byAccount)) {
    for (const [region, counters] of Object.entries(account.byRegion)) {
      byScope.push({ accountId, region, calls: counters.calls, queries: counters.units[QUERY_UNIT] ?? 0 });
    }
  }
  byScope.sort((a, b) => `${a.accountId}|${a.region}`.localeCompare(`${b.accountId}|${b.region}`));
  return { calls: op.calls, queries: op.units[QUERY_UNIT] ?? 0, errors: op.errors, byScope };
}

async function control(simulatorUrl: string, path: string, method: "GET" | "POST"): Promise<unknown> {
  const response = await fetch(`${simulatorUrl}/_simulator/${path}`, {
    method,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`simulator ${method} /_simulator/${path} answered ${response.status}`);
  return response.json();
}

export async function resetStats(simulatorUrl: string): Promise<void> {
  await control(simulatorUrl, "stats/reset", "POST");
}

export async function readMetricDataCounts(simulatorUrl: string): Promise<MetricDataCounts> {
  return metricDataCounts(await control(simulatorUrl, "stats", "GET"));
}

export async function simulatorReachable(simulatorUrl: string): Promise<boolean> {
  try {
    await control(simulatorUrl, "health", "GET");
    return true;
  } catch {
    return false;
  }
}
