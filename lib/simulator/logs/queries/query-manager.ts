// Runs Logs Insights queries in the background: a worker advances up to QUERY_WORKER_PARALLELISM active
// queries round-robin in short slices and yields to the event loop between turns, so the HTTP server keeps
// answering GetQueryResults polls while large queries make progress. Also enforces the concurrency quota,
// the 60-minute timeout and the 7-day result retention (both on the simulated clock).

import type { EventReader } from "../model/event-reader";
import {
  CONCURRENCY_SCOPE,
  MAX_RETAINED_QUERIES,
  QUERY_RETENTION_MS,
  QUERY_SCHEDULE_DELAY_MS,
  QUERY_SLICE_BUDGET_MS,
  QUERY_TIMEOUT_MS,
  QUERY_WORKER_PARALLELISM,
} from "../semantics";
import type { QueryJob } from "./query-job";

export interface QueryManagerOptions {
  clock: () => Date;
  scheduleDelayMs?: number;
  sliceBudgetMs?: number;
  parallelism?: number;
}

export class QueryManager {
  private readonly jobs = new Map<string, QueryJob>();
  /** Submission order, to list queries started within the same (simulated) millisecond newest first. */
  private readonly order = new Map<QueryJob, number>();
  private submitted = 0;
  private readonly active: QueryJob[] = [];
  /** Whether a worker turn is already pending (timer or immediate): there is only ever one chain of turns. */
  private pending = false;
  private readonly clock: () => Date;
  private readonly scheduleDelayMs: number;
  private readonly sliceBudgetMs: number;
  private readonly parallelism: number;

  constructor(
    private readonly reader: EventReader,
    options: QueryManagerOptions,
  ) {
    this.clock = options.clock;
    this.scheduleDelayMs = options.scheduleDelayMs ?? QUERY_SCHEDULE_DELAY_MS;
    this.sliceBudgetMs = options.sliceBudgetMs ?? QUERY_SLICE_BUDGET_MS;
    this.parallelism = options.parallelism ?? QUERY_WORKER_PARALLELISM;
  }

  /** Active (Scheduled or Running) queries counted against the quota of this caller. */
  activeCount(accountId: string, region: string): number {
    this.expire();
    let n = 0;
    for (const job of this.active) {
      if (job.accountId === accountId && (CONCURRENCY_SCOPE === "account" || job.region === region)) n++;
    }
    return n;
  }

  submit(job: QueryJob): void {
    job.eligibleAt = performance.now() + this.scheduleDelayMs;
    this.jobs.set(job.id, job);
    this.order.set(job, this.submitted++);
    this.active.push(job);
    this.trim(job.accountId, job.region);
    if (!this.pending) this.later(this.scheduleDelayMs);
  }

  /** The job, if it exists for this account and Region and has not aged out. */
  get(accountId: string, region: string, id: string): QueryJob | undefined {
    this.expire();
    const job = this.jobs.get(id);
    return job && job.accountId === accountId && job.region === region ? job : undefined;
  }

  /** Jobs of an account and Region, newest first. */
  list(accountId: string, region: string): QueryJob[] {
    this.expire();
    return [...this.jobs.values()]
      .filter((j) => j.accountId === accountId && j.region === region)
      .sort((a, b) => b.createTime - a.createTime || (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0));
  }

  cancel(job: QueryJob): void {
    job.finish("Cancelled");
    this.removeActive(job);
  }

  /** Applies the timeout and retention rules against the simulated clock. */
  expire(): void {
    const now = this.clock().getTime();
    for (const job of this.active.slice()) {
      if (now - job.createTime > QUERY_TIMEOUT_MS) {
        job.finish("Timeout");
        this.removeActive(job);
      }
    }
    for (const [id, job] of this.jobs) {
      if (now - job.createTime > QUERY_RETENTION_MS) {
        if (job.active) {
          job.finish("Cancelled");
          this.removeActive(job);
        }
        this.jobs.delete(id);
        this.order.delete(job);
      }
    }
  }

  /** Forgets the oldest finished queries of a Region beyond MAX_RETAINED_QUERIES. */
  private trim(accountId: string, region: string): void {
    const mine = [...this.jobs.values()].filter((j) => j.accountId === accountId && j.region === region);
    if (mine.length <= MAX_RETAINED_QUERIES) return;
    let excess = mine.length - MAX_RETAINED_QUERIES;
    for (const job of mine) {
      if (excess === 0) break;
      if (job.active) continue;
      this.jobs.delete(job.id);
      this.order.delete(job);
      excess--;
    }
  }

  private removeActive(job: QueryJob): void {
    const i = this.active.indexOf(job);
    if (i >= 0) this.active.splice(i, 1);
  }

  private later(delayMs: number): void {
    this.pending = true;
    const run = () => {
      this.pending = false;
      this.pump();
    };
    // The wait for a queued query is unreferenced (it must not keep a finished process alive), but the turns
    // of a running query are not: an unreferenced immediate only runs when something else wakes the event
    // loop, which would stall a query between two client polls. close() stops everything.
    if (delayMs > 0) setTimeout(run, delayMs).unref();
    else setImmediate(run);
  }

  /** Cancels every active query (simulator shutdown). */
  close(): void {
    for (const job of this.active.slice()) this.cancel(job);
  }

  /** One turn of the worker: a slice for each of the first eligible jobs, then yield. */
  private pump(): void {
    this.expire();
    const now = performance.now();
    const eligible = this.active.filter((j) => j.eligibleAt <= now).slice(0, this.parallelism);
    if (eligible.length > 0) {
      const budget = this.sliceBudgetMs / eligible.length;
      for (const job of eligible) {
        if (job.advance(this.reader, performance.now() + budget)) this.removeActive(job);
      }
      // Rotate so that the jobs beyond the parallelism limit get their turn.
      for (const job of eligible) {
        const i = this.active.indexOf(job);
        if (i >= 0) {
          this.active.splice(i, 1);
          this.active.push(job);
        }
      }
    }
    if (this.active.length === 0) return;
    const nextEligible = Math.min(...this.active.map((j) => j.eligibleAt));
    this.later(nextEligible - performance.now());
  }
}
