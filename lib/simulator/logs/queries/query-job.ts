// One Logs Insights query: its groups and range, and its incremental execution. The job reads its groups a
// minute at a time (generated events are never materialised beyond one minute) and feeds the engine, so a
// large query advances in slices and its partial results and statistics grow while it is Running. A `diff`
// query first reads the comparison period the engine asks for (through the same reader, so retention and
// deleted streams apply to it too), then its own range.

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
  compiled: CompiledQuery;
}

/** A time range read minute by minute into one input of the engine. */
interface Segment {
  /** Inclusive range, epoch ms. */
  startMs: number;
  endMs: number;
  firstMinute: number;
  lastMinute: number;
  /** Next minute to read. */
  next: number;
  feed(events: SimEvent[]): void;
  /** True when the engine needs no more events of this segment. */
  satisfied(): boolean;
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
  private run: QueryRun | null;
  /** The comparison period (`diff`) first, then the query range. */
  private readonly segments: Segment[];
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
    const run = init.compiled.run();
    this.run = run;
    this.segments = [];
    const window = init.compiled.comparison?.window;
    if (window) {
      this.segments.push(
        this.segment(window.startTime, window.endTime, init.createTime, {
          feed: (events) => run.feedComparison(events),
          satisfied: () => run.comparisonDone,
        }),
      );
    }
    this.segments.push(
      this.segment(init.startMs, init.endMs, init.createTime, {
        feed: (events) => run.feed(events),
        satisfied: () => run.done,
      }),
    );
  }

  private segment(
    startMs: number,
    endMs: number,
    createTime: number,
    input: Pick<Segment, "feed" | "satisfied">,
  ): Segment {
    const firstMinute = Math.floor(startMs / MINUTE_MS);
    // Nothing exists beyond what PutLogEvents accepts ahead of the query's creation.
    const lastMinute = Math.floor(Math.min(endMs, createTime + PUT_TOO_NEW_MS) / MINUTE_MS);
    return { startMs, endMs, firstMinute, lastMinute, next: firstMinute, ...input };
  }

  get active(): boolean {
    return ACTIVE_STATUSES.has(this.status);
  }

  /** Share of the range (and comparison period) processed so far (0..1), for progress reporting. */
  get progress(): number {
    let total = 0;
    let done = 0;
    for (const s of this.segments) {
      const minutes = Math.max(0, s.lastMinute - s.firstMinute + 1);
      total += minutes;
      done += Math.min(minutes, Math.max(0, s.next - s.firstMinute));
    }
    return total === 0 ? 1 : done / total;
  }

  /**
   * Processes minutes until `deadline` (performance.now()) passes or the query is done. Returns true when the
   * job reached a terminal status.
   */
  advance(reader: EventReader, deadline: number): boolean {
    if (!this.active) return true;
    this.status = "Running";
    const ctx: ReadContext = { now: this.createTime, accept: null, cache: false };
    try {
      for (const seg of this.segments) {
        while (seg.next <= seg.lastMinute) {
          const m = seg.satisfied() ? null : this.nextDataMinute(reader, seg, ctx);
          if (m === null) {
            seg.next = seg.lastMinute + 1;
            break;
          }
          this.feedMinute(reader, seg, m, ctx);
          seg.next = m + 1;
          this.version++;
          if (performance.now() >= deadline) return false;
        }
      }
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err);
      this.finish("Failed");
      return true;
    }
    this.finish("Complete");
    return true;
  }

  private nextDataMinute(reader: EventReader, seg: Segment, ctx: ReadContext): number | null {
    let best: number | null = null;
    for (const g of this.groups) {
      const m = reader.nextMinute(g, seg.next, best ?? seg.lastMinute, ctx);
      if (m !== null && (best === null || m < best)) best = m;
      if (best === seg.next) break;
    }
    return best;
  }

  private feedMinute(reader: EventReader, seg: Segment, minute: number, ctx: ReadContext): void {
    const edge = minute * MINUTE_MS < seg.startMs || (minute + 1) * MINUTE_MS - 1 > seg.endMs;
    for (const g of this.groups) {
      const events = reader.minute(g, minute, ctx);
      if (events.length === 0) continue;
      if (!edge) {
        seg.feed(events);
        continue;
      }
      const batch = this.batch;
      batch.length = 0;
      for (const ev of events) if (ev.timestamp >= seg.startMs && ev.timestamp <= seg.endMs) batch.push(ev);
      seg.feed(batch);
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
