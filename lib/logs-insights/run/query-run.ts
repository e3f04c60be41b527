// Incremental execution: events are fed in batches; snapshot() computes the result so far without disturbing
// the run, so the simulator can report partial results while a query is "Running".

import { Row } from "../expressions/row";
import {
  BYTES_SCANNED_MEASURE,
  BYTES_SCANNED_OVERHEAD_PER_EVENT,
  DIFF_STATISTICS_INCLUDE_COMPARISON,
} from "../semantics";
import { sortRows } from "../sort/sort-rows";
import type { LogEvent, QueryResult, QueryRun, QueryStatistics, Value } from "../types";
import type { Aggregator, StepContext } from "./column";
import type { Plan } from "./plan";
import { projectRows } from "./project";

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 size of a string (fast path for ASCII). */
export function utf8Length(s: string): number {
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class PlanRun implements QueryRun {
  private readonly row: Row;
  private readonly aggregator: Aggregator | null;
  private buffer: Row[] = [];
  private scanned = 0;
  private matched = 0;
  private bytes = 0;
  private seq = 0;
  private finished: QueryResult | null = null;
  /** The run of the comparison period (`diff`). */
  private readonly comparisonRun: PlanRun | null;
  private readonly context: StepContext;
  done = false;

  constructor(private readonly plan: Plan) {
    this.row = new Row(new Array<Value>(plan.slotCount).fill(null));
    this.aggregator = plan.aggregate === null ? null : plan.aggregate.create();
    const sub = plan.comparison === null ? null : new PlanRun(plan.comparison.plan);
    this.comparisonRun = sub;
    this.context = { comparisonRows: () => (sub === null ? [] : sub.rows()) };
  }

  get comparisonDone(): boolean {
    return this.comparisonRun === null || this.comparisonRun.done || this.finished !== null;
  }

  feedComparison(events: Iterable<LogEvent>): void {
    if (this.finished === null) this.comparisonRun?.feed(events);
  }

  feed(events: Iterable<LogEvent>): void {
    if (this.done || this.finished !== null) return;
    const { streamOps, limitAny, topK } = this.plan;
    const nOps = streamOps.length;
    const row = this.row;
    const agg = this.aggregator;
    const measureUtf8 = BYTES_SCANNED_MEASURE === "utf8";
    const pruneAt = topK === null ? Infinity : Math.max(2 * topK.k, 1024);
    outer: for (const ev of events) {
      this.scanned++;
      this.bytes +=
        (measureUtf8 ? utf8Length(ev.message) : ev.message.length) + BYTES_SCANNED_OVERHEAD_PER_EVENT;
      row.reset(ev, this.seq++);
      for (let i = 0; i < nOps; i++) {
        if (!(streamOps[i] as (r: Row) => boolean)(row)) continue outer;
      }
      this.matched++;
      if (agg !== null) {
        agg.add(row);
        continue;
      }
      this.buffer.push(row.detach());
      if (this.buffer.length >= pruneAt && topK !== null) {
        sortRows(this.buffer, topK.specs);
        this.buffer.length = topK.k;
      }
      if (limitAny !== null && this.buffer.length >= limitAny) {
        this.done = true;
        break;
      }
    }
  }

  snapshot(): QueryResult {
    if (this.finished !== null) return this.finished;
    const plan = this.plan;
    return {
      fields: plan.columns.map((c) => c.name),
      rows: projectRows(this.rows(), plan.columns, !plan.aggregated),
      statistics: this.statistics(),
    };
  }

  private statistics(): QueryStatistics {
    const s = { recordsMatched: this.matched, recordsScanned: this.scanned, bytesScanned: this.bytes };
    const sub = this.comparisonRun;
    if (sub !== null && DIFF_STATISTICS_INCLUDE_COMPARISON) {
      s.recordsScanned += sub.scanned;
      s.bytesScanned += sub.bytes;
    }
    return s;
  }

  /** The final rows so far, before projection. */
  rows(): Row[] {
    const plan = this.plan;
    let rows: Row[];
    if (this.aggregator !== null) rows = this.aggregator.finalize();
    else {
      rows = this.buffer.slice();
      if (plan.limitAny === null) {
        sortRows(rows, plan.topK === null ? plan.defaultOrder : plan.topK.specs);
        if (plan.topK !== null && rows.length > plan.topK.k) rows.length = plan.topK.k;
      }
    }
    for (const step of plan.steps) rows = step.run(rows, this.context);
    if (rows.length > plan.cap) rows = rows.slice(0, plan.cap);
    return rows;
  }

  finish(): QueryResult {
    if (this.finished === null) this.finished = this.snapshot();
    return this.finished;
  }
}
