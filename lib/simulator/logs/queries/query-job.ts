// One Logs Insights query: its groups and range, and its incremental execution. The job reads its groups a
// minute at a time (generated events are never materialised beyond one minute) and feeds the engine, so a
// large query advances in slices and its partial results and statistics grow while it is Running.

import type { CompiledQuery, QueryResult, QueryRun } from "@/lib/logs-insights";
import type { EventReader, ReadContext } from "../model/event-reader";
import type { LogGroupState } from "../model/log-group";
import type { SimEvent } from "../model/sim-event";
import { MINUTE_MS, PUT_TOO_NEW_MS, QUERY_PARTIAL_REFRESH_MS } from "../semantics";

export type QueryStatus = "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout";

export const ACTIVE_STATUSES: ReadonlySet<QueryStatus> = new Set(["Scheduled", "Running"]);

export interface QueryJobInit {
  id: string;
  accountId: string;
  region: string;
  queryString: string;
  /** The form DescribeQueries reports: `SOURCE "<group>" START=<ms> END=<ms> | <query>`. */
  describedString: string;
  groups: LogGroupState[];
  /** Inclusive range, epoch ms. */
  startMs: number;
  endMs: number;
  /** Service clock at StartQuery (epoch ms): later events do not exist for this query. */
  createTime: number;
  /** Null when the engine cannot execute the (valid) query: it then ends as Failed. */
  compiled: CompiledQuery | null;
  failure?: string;
}

const EMPTY_RESULT: QueryResult = {
  fields: [],
  rows: [],
  statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
};

export class QueryJob {
  readonly id: string;
  readonly accountId: string;
  readonly region: string;
  readonly queryString: string;
  readonly describedString: string;
  readonly createTime: number;
  readonly logGroupName: string;
  readonly groupCount: number;
  status: QueryStatus = "Scheduled";
  /** Real time (performance.now()) from which the worker may pick the job. */
  eligibleAt = 0;
  failure: string | undefined;
  private groups: LogGroupState[];
  private readonly startMs: number;
  private readonly endMs: number;
  private run: QueryRun | null;
  private nextMinute: number;
  private readonly lastMinute: number;
  private version = 0;
  private cached: { version: number; at: number; result: QueryResult } | null = null;
  private final: QueryResult | null = null;
  private readonly batch: SimEvent[] = [];

  constructor(init: QueryJobInit) {
    this.id = init.id;
    this.accountId = init.accountId;
    this.region = init.region;
    this.queryString = init.queryString;
    this.describedString = init.describedString;
    this.createTime = init.createTime;
    this.groups = init.groups;
    this.groupCount = init.groups.length;
    this.logGroupName = init.groups[0]?.name ?? "";
    this.startMs = init.startMs;
    this.endMs = init.endMs;
    this.run = init.compiled ? init.compiled.run() : null;
    this.failure = init.failure;
    this.nextMinute = Math.floor(init.startMs / MINUTE_MS);
    // Nothing exists beyond what PutLogEvents accepts ahead of the query's creation.
    this.lastMinute = Math.floor(Math.min(this.endMs, init.createTime + PUT_TOO_NEW_MS) / MINUTE_MS);
  }

  get active(): boolean {
    return ACTIVE_STATUSES.has(this.status);
  }

  /** Share of the range processed so far (0..1), for progress reporting. */
  get progress(): number {
    const first = Math.floor(this.startMs / MINUTE_MS);
    const total = this.lastMinute - first + 1;
    return total <= 0 ? 1 : Math.min(1, (this.nextMinute - first) / total);
  }

  /**
   * Processes minutes until `deadline` (performance.now()) passes or the query is done. Returns true when the
   * job reached a terminal status.
   */
  advance(reader: EventReader, deadline: number): boolean {
    if (!this.active) return true;
    const run = this.run;
    if (run === null) {
      this.finish("Failed");
      return true;
    }
    this.status = "Running";
    const ctx: ReadContext = { now: this.createTime, accept: null, cache: false };
    try {
      while (this.nextMinute <= this.lastMinute) {
        const m = this.nextDataMinute(reader, ctx);
        if (m === null) {
          this.nextMinute = this.lastMinute + 1;
          break;
        }
        this.feedMinute(reader, run, m, ctx);
        this.nextMinute = m + 1;
        this.version++;
        if (run.done) {
          this.nextMinute = this.lastMinute + 1;
          break;
        }
        if (performance.now() >= deadline) return false;
      }
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err);
      this.finish("Failed");
      return true;
    }
    this.finish("Complete");
    return true;
  }

  private nextDataMinute(reader: EventReader, ctx: ReadContext): number | null {
    let best: number | null = null;
    for (const g of this.groups) {
      const m = reader.nextMinute(g, this.nextMinute, best ?? this.lastMinute, ctx);
      if (m !== null && (best === null || m < best)) best = m;
      if (best === this.nextMinute) break;
    }
    return best;
  }

  private feedMinute(reader: EventReader, run: QueryRun, minute: number, ctx: ReadContext): void {
    const edge = minute * MINUTE_MS < this.startMs || (minute + 1) * MINUTE_MS - 1 > this.endMs;
    for (const g of this.groups) {
      const events = reader.minute(g, minute, ctx);
      if (events.length === 0) continue;
      if (!edge) {
        run.feed(events);
        continue;
      }
      const batch = this.batch;
      batch.length = 0;
      for (const ev of events) if (ev.timestamp >= this.startMs && ev.timestamp <= this.endMs) batch.push(ev);
      run.feed(batch);
    }
  }

  /** Ends the job; results computed so far are kept (partial for Cancelled / Timeout). */
  finish(status: QueryStatus): void {
    if (!this.active) return;
    this.status = status;
    this.final = this.run ? (status === "Complete" ? this.run.finish() : this.run.snapshot()) : EMPTY_RESULT;
    this.run = null;
    this.groups = [];
    this.cached = null;
  }

  /**
   * The current (partial while Running) result. Partial results are refreshed at most every
   * QUERY_PARTIAL_REFRESH_MS: finalising aggregations (percentiles sort their samples) on every poll of a
   * fast-polling client would cost more than the query itself.
   */
  result(): QueryResult {
    if (this.final) return this.final;
    if (!this.run) return EMPTY_RESULT;
    const now = performance.now();
    const c = this.cached;
    if (c && (c.version === this.version || now - c.at < QUERY_PARTIAL_REFRESH_MS)) return c.result;
    const result = this.run.snapshot();
    this.cached = { version: this.version, at: now, result };
    return result;
  }
}
