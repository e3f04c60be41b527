// Call counters keyed by operation name, with per-account and per-Region breakdowns, so tests and benchmarks
// can assert how many AWS calls (and how many metric queries...) a feature really costs.
import type { ServiceName } from "./types";

export interface Counters {
  calls: number;
  /** Replies with a non-2xx status (throttles and injected faults included). */
  errors: number;
  throttles: number;
  /** Replies produced by fault injection (throttles or 5xx). */
  injected: number;
  errorCodes: Record<string, number>;
  /** Service-defined usage counters, e.g. `metricQueries`. */
  units: Record<string, number>;
}

export interface AccountCounters extends Counters {
  byRegion: Record<string, Counters>;
}

export interface OperationStats extends Counters {
  service: ServiceName;
  byAccount: Record<string, AccountCounters>;
  byRegion: Record<string, Counters>;
}

export interface StatsSnapshot {
  since: string;
  /** Every AWS-protocol request, including rejected ones. */
  requests: number;
  /** Requests refused before reaching an operation (unknown operation, missing auth, bad body...). */
  rejected: { count: number; errorCodes: Record<string, number> };
  operations: Record<string, OperationStats>;
}

export interface CallOutcome {
  service: ServiceName;
  operation: string;
  account: string;
  region: string;
  status: number;
  errorCode?: string;
  throttled: boolean;
  injected: boolean;
}

function emptyCounters(): Counters {
  return { calls: 0, errors: 0, throttles: 0, injected: 0, errorCodes: {}, units: {} };
}

function apply(c: Counters, o: CallOutcome): void {
  c.calls++;
  if (o.status >= 300) c.errors++;
  if (o.throttled) c.throttles++;
  if (o.injected) c.injected++;
  if (o.errorCode !== undefined) c.errorCodes[o.errorCode] = (c.errorCodes[o.errorCode] ?? 0) + 1;
}

function addUnit(c: Counters, counter: string, n: number): void {
  c.units[counter] = (c.units[counter] ?? 0) + n;
}

export class StatsCollector {
  private snapshotData: StatsSnapshot;
  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
    this.snapshotData = this.fresh();
  }

  private fresh(): StatsSnapshot {
    return {
      since: this.clock().toISOString(),
      requests: 0,
      rejected: { count: 0, errorCodes: {} },
      operations: {},
    };
  }

  private entries(service: ServiceName, operation: string, account: string, region: string): Counters[] {
    const ops = this.snapshotData.operations;
    const op = (ops[operation] ??= { ...emptyCounters(), service, byAccount: {}, byRegion: {} });
    const acct = (op.byAccount[account] ??= { ...emptyCounters(), byRegion: {} });
    const acctRegion = (acct.byRegion[region] ??= emptyCounters());
    const reg = (op.byRegion[region] ??= emptyCounters());
    return [op, acct, acctRegion, reg];
  }

  recordCall(outcome: CallOutcome): void {
    this.snapshotData.requests++;
    for (const c of this.entries(outcome.service, outcome.operation, outcome.account, outcome.region))
      apply(c, outcome);
  }

  recordUnits(
    service: ServiceName,
    operation: string,
    account: string,
    region: string,
    counter: string,
    n: number,
  ): void {
    if (!Number.isFinite(n)) return;
    for (const c of this.entries(service, operation, account, region)) addUnit(c, counter, n);
  }

  recordRejected(errorCode: string): void {
    this.snapshotData.requests++;
    const r = this.snapshotData.rejected;
    r.count++;
    r.errorCodes[errorCode] = (r.errorCodes[errorCode] ?? 0) + 1;
  }

  /** A deep copy, safe to keep while calls continue. */
  snapshot(): StatsSnapshot {
    return structuredClone(this.snapshotData);
  }

  /** Calls made to one operation (0 when never called); a shortcut for assertions. */
  calls(operation: string): number {
    return this.snapshotData.operations[operation]?.calls ?? 0;
  }

  reset(): void {
    this.snapshotData = this.fresh();
  }
}
