import { describeFailure, classifyAwsError } from "@/lib/aws/errors";
import type { QueryStatistics } from "@/lib/aws/logs";
import { SlotWaitTimeoutError } from "@/lib/cluster/slot-limiter";
import { awsSpend, logsBytesScanned } from "@/lib/telemetry/metrics";
import { DEFAULT_QUERY_ROWS, POLL_FIRST_MS, POLL_MAX_MS, POLL_STEP_MS, QUERY_TIMEOUT_MS } from "./constants";
import { queryCostUsd } from "./cost";
import type { ConcurrencyLimiter } from "./limiter";
import { sleep, withStartRetries } from "./retry";
import {
  scopeKey,
  type LogsQueryBackend,
  type RunSpec,
  type RunStatus,
  type ScopeQuery,
  type ScopeState,
} from "./types";

// One Logs Insights run: a query per scope, each started under its account's concurrency limit (retried with
// backoff), polled until it ends, its partial rows and statistics published as they arrive. Stopping the run
// calls StopQuery for every scope still running. Rows of several scopes are merged with the scope shown.

export const SCOPE_FIELD = "@scope";

/** Told when one scope's query ended at AWS, with what it scanned (for /metrics and cost estimates). */
export interface RunHooks {
  /** A scope's query completed (AWS status Complete): its final statistics, for the range it scanned. */
  onScopeComplete?: (scope: ScopeQuery, statistics: QueryStatistics, rangeMs: number) => void;
}

/**
 * Counts what a query scanned once it is over at AWS (completed, failed, timed out or stopped): AWS bills
 * the bytes scanned whatever the outcome. A query Watchwall stopped counts the bytes of its last poll.
 */
function countScanned(scope: ScopeQuery, statistics: QueryStatistics): void {
  const bytes = statistics.bytesScanned;
  if (!(bytes > 0)) return;
  logsBytesScanned.inc({ account: scope.accountId, region: scope.region }, bytes);
  awsSpend.inc({ service: "logs", region: scope.region }, queryCostUsd(bytes, scope.region));
}

export interface RunSnapshot {
  status: RunStatus;
  scopes: ScopeState[];
  statistics: QueryStatistics;
  costUsd: number;
  rows: Record<string, string>[];
  /** Bumped whenever `rows` changes, so streams send rows only when they changed. */
  rowsVersion: number;
  /** The result holds as many rows as the limit allowed: more may exist. */
  truncated: boolean;
  limit: number;
  startedAt: number;
  finishedAt?: number;
  error?: string;
}

const TERMINAL: ReadonlySet<string> = new Set(["Complete", "Failed", "Cancelled", "Timeout", "Unknown"]);

function awsToRunStatus(status: string): RunStatus {
  switch (status) {
    case "Complete":
      return "complete";
    case "Cancelled":
      return "cancelled";
    case "Timeout":
      return "timeout";
    case "Scheduled":
    case "Running":
      return "running";
    default:
      return "failed";
  }
}

function combinedStatus(states: readonly ScopeState[]): RunStatus {
  const all = states.map((s) => s.status);
  if (all.some((s) => s === "running" || s === "queued")) {
    return all.some((s) => s === "running") ? "running" : "queued";
  }
  for (const s of ["timeout", "cancelled", "failed"] as const) if (all.includes(s)) return s;
  return "complete";
}

export class QueryRun {
  private readonly controller = new AbortController();
  private readonly listeners = new Set<() => void>();
  private readonly scopeRows: Record<string, string>[][];
  private snapshotValue: RunSnapshot;
  private timeout?: ReturnType<typeof setTimeout>;
  readonly done: Promise<void>;

  constructor(
    readonly key: string,
    readonly spec: RunSpec,
    private readonly backend: LogsQueryBackend,
    private readonly limiter: ConcurrencyLimiter,
    now = Date.now(),
    private readonly hooks: RunHooks = {},
  ) {
    this.scopeRows = spec.scopes.map(() => []);
    this.snapshotValue = {
      status: "queued",
      scopes: spec.scopes.map((s) => ({
        accountId: s.accountId,
        region: s.region,
        status: "queued",
        statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
        rowCount: 0,
      })),
      statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
      costUsd: 0,
      rows: [],
      rowsVersion: 0,
      truncated: false,
      limit: spec.limit ?? DEFAULT_QUERY_ROWS,
      startedAt: now,
    };
    this.timeout = setTimeout(() => void this.stop("timeout"), QUERY_TIMEOUT_MS);
    this.timeout.unref?.();
    this.done = Promise.all(spec.scopes.map((scope, i) => this.runScope(scope, i))).then(() => {
      clearTimeout(this.timeout);
    });
  }

  snapshot(): RunSnapshot {
    return this.snapshotValue;
  }

  get finished(): boolean {
    return !["queued", "running"].includes(this.snapshotValue.status);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops every scope still queued or running (StopQuery for those AWS already runs). */
  async stop(reason: "cancelled" | "timeout" = "cancelled"): Promise<void> {
    if (this.finished) return;
    this.controller.abort(new Error(reason));
    const stops: Promise<void>[] = [];
    this.snapshotValue.scopes.forEach((state, i) => {
      if (state.status !== "queued" && state.status !== "running") return;
      const scope = this.spec.scopes[i] as ScopeQuery;
      if (state.queryId) {
        const id = state.queryId;
        stops.push(this.backend.stop(scope, id).catch(() => undefined));
        countScanned(scope, state.statistics);
      }
      this.updateScope(i, { status: reason });
    });
    this.publish(false);
    await Promise.all(stops);
  }

  private updateScope(i: number, patch: Partial<ScopeState>): void {
    const scopes = this.snapshotValue.scopes.slice();
    scopes[i] = { ...(scopes[i] as ScopeState), ...patch };
    this.snapshotValue = { ...this.snapshotValue, scopes };
  }

  private publish(rowsChanged: boolean): void {
    const scopes = this.snapshotValue.scopes;
    const statistics = scopes.reduce(
      (sum, s) => ({
        recordsMatched: sum.recordsMatched + s.statistics.recordsMatched,
        recordsScanned: sum.recordsScanned + s.statistics.recordsScanned,
        bytesScanned: sum.bytesScanned + s.statistics.bytesScanned,
      }),
      { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
    );
    const costUsd = scopes.reduce((sum, s) => sum + queryCostUsd(s.statistics.bytesScanned, s.region), 0);
    const status = combinedStatus(scopes);
    let { rows, rowsVersion } = this.snapshotValue;
    if (rowsChanged) {
      const multi = this.spec.scopes.length > 1;
      rows = multi
        ? this.scopeRows.flatMap((list, i) => {
            const s = this.spec.scopes[i] as ScopeQuery;
            const label = `${s.accountId} ${s.region}`;
            return list.map((r) => ({ ...r, [SCOPE_FIELD]: label }));
          })
        : (this.scopeRows[0] ?? []);
      rowsVersion++;
    }
    const limit = this.snapshotValue.limit;
    const errors = scopes.filter((s) => s.error).map((s) => `${s.accountId} ${s.region}: ${s.error}`);
    this.snapshotValue = {
      ...this.snapshotValue,
      status,
      statistics,
      costUsd,
      rows,
      rowsVersion,
      truncated: this.scopeRows.some((r) => r.length >= limit),
      ...(errors.length > 0 ? { error: errors.join("; ") } : {}),
      ...(status !== "running" && status !== "queued" ? { finishedAt: Date.now() } : {}),
    };
    for (const listener of this.listeners) listener();
  }

  private async runScope(scope: ScopeQuery, i: number): Promise<void> {
    const signal = this.controller.signal;
    let release: (() => void) | undefined;
    try {
      // AWS's concurrency quota is per account and Region, so is Watchwall's budget.
      release = await this.limiter.acquire(scopeKey(scope), signal);
      const queryId = await withStartRetries(
        () =>
          this.backend.start(scope, {
            startMs: this.spec.startMs,
            endMs: this.spec.endMs,
            limit: this.spec.limit,
          }),
        signal,
      );
      if (signal.aborted) {
        // Stopped while StartQuery was in flight: AWS runs it now, so stop it there too.
        await this.backend.stop(scope, queryId).catch(() => undefined);
        return;
      }
      this.updateScope(i, { status: "running", queryId });
      this.publish(false);
      let wait = POLL_FIRST_MS;
      for (;;) {
        await sleep(wait, signal);
        wait = Math.min(POLL_MAX_MS, wait + POLL_STEP_MS);
        const page = await this.backend.results(scope, queryId);
        if (signal.aborted) return;
        const changed = page.rows.length !== this.scopeRows[i]?.length || TERMINAL.has(page.status);
        if (changed) this.scopeRows[i] = page.rows;
        const terminal = TERMINAL.has(page.status);
        this.updateScope(i, {
          awsStatus: page.status,
          statistics: page.statistics,
          rowCount: page.rows.length,
          status: terminal ? awsToRunStatus(page.status) : "running",
          ...(page.status === "Failed" ? { error: "AWS reported the query as Failed" } : {}),
          ...(page.status === "Timeout" ? { error: "AWS stopped the query: it ran past 60 minutes" } : {}),
        });
        this.publish(changed);
        if (terminal) {
          countScanned(scope, page.statistics);
          if (page.status === "Complete") {
            try {
              this.hooks.onScopeComplete?.(scope, page.statistics, this.spec.endMs - this.spec.startMs);
            } catch (error) {
              console.error("[watchwall] a Logs Insights completion hook failed:", error);
            }
          }
          return;
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      const message =
        error instanceof SlotWaitTimeoutError ? error.message : describeFailure(classifyAwsError(error));
      this.updateScope(i, { status: "failed", error: message });
      this.publish(false);
    } finally {
      release?.();
    }
  }
}

export function runKeyOf(spec: RunSpec): string {
  return JSON.stringify([
    spec.scopes
      .map((s) => [scopeKey(s), s.queryString, [...s.logGroupNames].sort()])
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    spec.startMs,
    spec.endMs,
    spec.limit ?? null,
  ]);
}
