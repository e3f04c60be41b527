import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { FRESHNESS_MS, KEPT_ROWS, KEPT_RUNS, ORPHAN_GRACE_MS, SETTLED_AFTER_MS } from "./constants";
import type { ConcurrencyLimiter } from "./limiter";
import { QueryRun, runKeyOf, type RunHooks } from "./run";
import type { LogsQueryBackend, RunSpec } from "./types";

// Runs shared by every viewer and widget: one run per (queries per scope, log groups, aligned range, limit)
// serves everybody asking within its freshness window. Each viewer holds a ticket; when the last ticket of a
// run still in progress is released (Cancel, leaving the page, replacing the query, or its stream gone for
// ORPHAN_GRACE_MS), the run is stopped with StopQuery. Completed runs of ranges wholly in the past are kept.

export interface Ticket {
  id: string;
  run: QueryRun;
  /** Another viewer's run served this ticket (no new StartQuery). */
  reused: boolean;
  streams: number;
  /** Who opened it, when only they may read or release it (a wall screen or anonymous viewer). */
  holder?: string;
  orphanTimer?: ReturnType<typeof setTimeout>;
}

export class SharedRuns {
  private readonly live = new Map<string, QueryRun>();
  private readonly kept: LRUCache<string, QueryRun>;
  private readonly tickets = new Map<string, Ticket>();
  private readonly holders = new Map<QueryRun, Set<string>>();

  constructor(
    private readonly backend: LogsQueryBackend,
    readonly limiter: ConcurrencyLimiter,
    private readonly clock: () => number = Date.now,
    private readonly hooks: RunHooks = {},
  ) {
    this.kept = new LRUCache<string, QueryRun>({
      max: KEPT_RUNS,
      maxSize: KEPT_ROWS,
      sizeCalculation: (run) => Math.max(1, run.snapshot().rows.length),
    });
  }

  private usable(run: QueryRun): boolean {
    const snap = run.snapshot();
    if (!run.finished) return true;
    if (snap.status !== "complete") return false;
    if (this.settled(run)) return true;
    return this.clock() - (snap.finishedAt ?? 0) <= FRESHNESS_MS;
  }

  private settled(run: QueryRun): boolean {
    return run.spec.endMs <= this.clock() - SETTLED_AFTER_MS;
  }

  /** Called when a ticket is released (its viewer left, cancelled, or its stream was gone too long). */
  onRelease: ((ticketId: string) => void) | undefined;

  /**
   * A ticket on the run for `spec`: an existing one when usable, else a new run. `id` names the ticket when
   * another replica opened it first (the viewer's stream reached this one).
   */
  open(spec: RunSpec, holder?: string, id: string = randomUUID()): Ticket {
    const key = runKeyOf(spec);
    let run = this.live.get(key) ?? this.kept.get(key);
    let reused = true;
    if (!run || !this.usable(run)) {
      if (run) {
        this.live.delete(key);
        this.kept.delete(key);
      }
      run = new QueryRun(key, spec, this.backend, this.limiter, this.clock(), this.hooks);
      reused = false;
      this.live.set(key, run);
      const started = run;
      void started.done.then(() => {
        if (this.live.get(key) === started) this.live.delete(key);
        if (started.snapshot().status === "complete" && this.settled(started)) this.kept.set(key, started);
        else if (started.snapshot().status === "complete") {
          // Fresh results serve newcomers for FRESHNESS_MS.
          this.live.set(key, started);
          setTimeout(() => {
            if (this.live.get(key) === started) this.live.delete(key);
          }, FRESHNESS_MS).unref?.();
        }
      });
    }
    const ticket: Ticket = { id, run, reused, streams: 0, ...(holder ? { holder } : {}) };
    this.tickets.set(ticket.id, ticket);
    const holders = this.holders.get(run) ?? new Set();
    holders.add(ticket.id);
    this.holders.set(run, holders);
    this.armOrphanTimer(ticket);
    return ticket;
  }

  get(ticketId: string): Ticket | undefined {
    return this.tickets.get(ticketId);
  }

  /** A stream of the ticket opened; returns the function to call when it closes. */
  attach(ticket: Ticket): () => void {
    ticket.streams++;
    clearTimeout(ticket.orphanTimer);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      ticket.streams--;
      if (ticket.streams === 0) this.armOrphanTimer(ticket);
    };
  }

  private armOrphanTimer(ticket: Ticket): void {
    clearTimeout(ticket.orphanTimer);
    ticket.orphanTimer = setTimeout(() => void this.release(ticket.id), ORPHAN_GRACE_MS);
    ticket.orphanTimer.unref?.();
  }

  /** The viewer is done with its ticket; the last one out stops a run still in progress. */
  async release(ticketId: string): Promise<boolean> {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return false;
    clearTimeout(ticket.orphanTimer);
    this.tickets.delete(ticketId);
    this.onRelease?.(ticketId);
    const holders = this.holders.get(ticket.run);
    holders?.delete(ticketId);
    if (holders && holders.size === 0) {
      this.holders.delete(ticket.run);
      if (!ticket.run.finished) {
        if (this.live.get(ticket.run.key) === ticket.run) this.live.delete(ticket.run.key);
        await ticket.run.stop("cancelled");
      }
    }
    return true;
  }

  /** Viewers holding a ticket on the run. */
  viewers(run: QueryRun): number {
    return this.holders.get(run)?.size ?? 0;
  }
}
