import type { QueryStatistics, QueryStatus } from "@/lib/aws/logs";

// The shapes lib/logs works with. The wire contract (lib/contracts/logs.ts) mirrors them.

/** Where a query runs: one AWS account and Region (AWS cannot combine several in one StartQuery). */
export interface Scope {
  accountId: string;
  region: string;
}

export function scopeKey(scope: Scope): string {
  return `${scope.accountId}/${scope.region}`;
}

/** What one run asks AWS for, per scope. */
export interface ScopeQuery extends Scope {
  /** Query text as sent (prefix mode carries its own SOURCE clause). */
  queryString: string;
  logGroupNames: string[];
}

export interface RunSpec {
  scopes: ScopeQuery[];
  /** Epoch ms, start inclusive, end exclusive (aligned). */
  startMs: number;
  endMs: number;
  limit?: number;
}

export type RunStatus = "queued" | "running" | "complete" | "failed" | "cancelled" | "timeout";

export interface ScopeState extends Scope {
  status: RunStatus;
  awsStatus?: QueryStatus;
  queryId?: string;
  error?: string;
  statistics: QueryStatistics;
  rowCount: number;
}

/** The backend of a run: the AWS calls for one scope (lib/aws in the product, the same against the simulator in tests). */
export interface LogsQueryBackend {
  start(scope: ScopeQuery, range: { startMs: number; endMs: number; limit?: number }): Promise<string>;
  results(
    scope: Scope,
    queryId: string,
  ): Promise<{ status: QueryStatus; rows: Record<string, string>[]; statistics: QueryStatistics }>;
  stop(scope: Scope, queryId: string): Promise<void>;
}
