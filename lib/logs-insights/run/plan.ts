// Turns a parsed query into an execution plan: per-event operations up to the first command that needs all
// rows (the "sink": stats/pattern aggregate incrementally, anything else buffers rows), then whole-table steps.
// A `diff` query also carries the plan of its prefix (up to its `pattern`), run over the comparison period.

import type { Query } from "../ast";
import { compileStats, type CompiledStats } from "../aggregations/compile-stats";
import { syntaxErrorAt } from "../errors";
import { compileExpr } from "../expressions/compile-expression";
import type { Row } from "../expressions/row";
import {
  API_LIMIT_COMBINATION,
  DEDUP_ONLY_LIMIT_MAY_FOLLOW,
  DEFAULT_PROJECTION_INCLUDES_PARSED_FIELDS,
  MALFORMED_QUERY_MESSAGES as M,
  PARSED_FIELDS_JOIN_FIELDS_UNION,
} from "../semantics";
import { sortRows, type SortSpec } from "../sort/sort-rows";
import type { CompileOptions, ComparisonRequest } from "../types";
import { anomalyFollows, compileAnomaly } from "./anomaly-command";
import type { Aggregator, Column, StepContext } from "./column";
import { comparisonWindow, diffTarget } from "./comparison-window";
import { compileDedup } from "./dedup";
import { compileDiff } from "./diff-command";
import { compileFillMissing } from "./fillmissing";
import { compilePattern } from "./pattern-command";
import { bucketConfig } from "./pattern-layout";
import { compileFieldItems, compileFilter, compileParse, type RowOp } from "./row-commands";
import { EventScope, TableScope } from "./scopes";

export interface TableStep {
  kind: "sort" | "limit" | "other";
  run: (rows: Row[], ctx: StepContext) => Row[];
  sortSpecs?: SortSpec[];
  limit?: number;
  limitAny?: boolean;
}

export interface Plan {
  slotCount: number;
  streamOps: RowOp[];
  /** Set when the first blocking command aggregates (events feed it directly). */
  aggregate: { create(): Aggregator } | null;
  steps: TableStep[];
  columns: Column[];
  aggregated: boolean;
  /** Final row cap. */
  cap: number;
  /** Order of buffered event rows before the table steps: @timestamp descending. */
  defaultOrder: SortSpec[];
  /** `limit any n` right after the streaming phase: stop after n matches. */
  limitAny: number | null;
  /** Keep only the best k buffered rows (the query ends with [sort] [limit]). */
  topK: { specs: SortSpec[]; k: number } | null;
  /** `diff`: what to compare with, and the plan producing the comparison period's pattern rows. */
  comparison: (ComparisonRequest & { plan: Plan }) | null;
}

const DEFAULT_LIMIT = 10_000;

export function buildPlan(q: Query, opts: CompileOptions): Plan {
  const events = new EventScope(q.text, opts.now ?? Date.now(), opts.accountId);
  let scope: EventScope | TableScope = events;
  let streaming = true;
  const streamOps: RowOp[] = [];
  const steps: TableStep[] = [];
  let aggregate: Plan["aggregate"] = null;
  let aggregated = false;
  let lastStats: CompiledStats | null = null;
  let display: Column[] | null = null;
  let union = new Map<string, Column>();
  let hasFields = false;
  let afterDedup = false;
  let limitSeen = false;
  /** The current rows are `pattern` rows (layout of pattern-layout.ts), possibly filtered or diffed. */
  let patternRows = false;
  let comparison: Plan["comparison"] = null;

  const rowStep = (op: RowOp): void => {
    if (streaming) streamOps.push(op);
    else steps.push({ kind: "other", run: (rows) => rows.filter(op) });
  };
  const addColumns = (cols: Column[]): void => {
    for (const c of cols) {
      union.delete(c.name);
      union.set(c.name, c);
    }
  };
  const aggregateStep = (create: () => Aggregator): void => {
    if (streaming) {
      aggregate = { create };
      streaming = false;
      return;
    }
    steps.push({
      kind: "other",
      run: (rows) => {
        const a = create();
        for (const r of rows) a.add(r);
        return a.finalize();
      },
    });
  };

  for (const [index, cmd] of q.commands.entries()) {
    if (afterDedup && DEDUP_ONLY_LIMIT_MAY_FOLLOW && cmd.kind !== "limit") {
      throw syntaxErrorAt(M.dedupFollowedBy(cmd.kind), cmd.start, cmd.end);
    }
    switch (cmd.kind) {
      case "filter":
      case "filterIndex":
        rowStep(compileFilter(cmd.expr, scope));
        break;
      case "fields": {
        const { op, columns } = compileFieldItems(cmd, scope, true);
        if (op !== null) rowStep(op);
        addColumns(columns);
        hasFields = true;
        break;
      }
      case "parse": {
        const { op, columns } = compileParse(cmd, scope);
        rowStep(op);
        if (PARSED_FIELDS_JOIN_FIELDS_UNION) addColumns(columns);
        break;
      }
      case "display":
        display = compileFieldItems(cmd, scope, false).columns;
        break;
      case "unmask":
        // Nothing is masked in this engine; the field itself is projected as usual.
        break;
      case "stats": {
        const cs = compileStats(cmd, scope);
        aggregateStep(cs.create);
        scope = cs.scope;
        lastStats = cs;
        patternRows = false;
        ({ union, hasFields, display, aggregated } = resetProjection(cs.columns));
        break;
      }
      case "pattern": {
        const track = anomalyFollows(q, index) ? bucketConfig(opts.startTime, opts.endTime) : null;
        const cp = compilePattern(cmd, scope, track);
        aggregateStep(cp.create);
        scope = cp.scope;
        lastStats = null;
        patternRows = true;
        ({ union, hasFields, display, aggregated } = resetProjection(cp.columns));
        break;
      }
      case "sort": {
        const specs = cmd.items.map((i) => ({
          get: compileExpr(i.expr, scope).fn,
          descending: i.descending,
        }));
        streaming = false;
        steps.push({
          kind: "sort",
          sortSpecs: specs,
          run: (rows) => {
            sortRows(rows, specs);
            return rows;
          },
        });
        break;
      }
      case "limit": {
        streaming = false;
        limitSeen = true;
        const n = cmd.count;
        steps.push({ kind: "limit", limit: n, limitAny: cmd.any, run: (rows) => rows.slice(0, n) });
        break;
      }
      case "dedup":
        streaming = false;
        steps.push({ kind: "other", run: compileDedup(cmd, scope) });
        afterDedup = true;
        break;
      case "fillmissing":
        steps.push({
          kind: "other",
          run: compileFillMissing(cmd, lastStats, { start: opts.startTime, end: opts.endTime }),
        });
        break;
      case "diff": {
        if (comparison !== null) throw syntaxErrorAt(M.diffRepeated(), cmd.start, cmd.end);
        if (q.commands[index - 1]?.kind !== "pattern" || !(scope instanceof TableScope)) {
          throw syntaxErrorAt(M.diffWithoutPattern(), cmd.start, cmd.end);
        }
        comparison = comparisonOf(q, index, diffTarget(cmd), { ...opts, now: events.now });
        const cd = compileDiff(scope);
        steps.push({ kind: "other", run: cd.run });
        addColumns(cd.columns);
        break;
      }
      case "anomaly": {
        if (!patternRows || !(scope instanceof TableScope)) {
          throw syntaxErrorAt(M.anomalyWithoutPattern(), cmd.start, cmd.end);
        }
        const ca = compileAnomaly(scope);
        steps.push({ kind: "other", run: ca.run });
        addColumns(ca.columns);
        break;
      }
    }
  }

  const ts = events.resolveField("@timestamp");
  const defaultOrder: SortSpec[] = [{ get: ts.fn, descending: true }];
  let columns: Column[];
  if (display !== null) columns = display;
  else if (aggregated || hasFields) columns = [...union.values()];
  else {
    const msg = events.resolveField("@message");
    columns = [
      { name: "@timestamp", get: ts.fn, kind: "date" },
      { name: "@message", get: msg.fn, kind: "any" },
      ...(DEFAULT_PROJECTION_INCLUDES_PARSED_FIELDS ? [...union.values()] : []),
    ];
  }

  const limitDefault = opts.limitDefault ?? DEFAULT_LIMIT;
  let cap = opts.apiLimit ?? limitDefault;
  if (limitSeen)
    cap = API_LIMIT_COMBINATION === "smaller-wins" && opts.apiLimit !== undefined ? opts.apiLimit : Infinity;

  const first = steps[0];
  const limitAny =
    aggregate === null && first?.kind === "limit" && first.limitAny === true ? (first.limit ?? null) : null;
  return {
    slotCount: events.nextSlot,
    streamOps,
    aggregate,
    steps,
    columns,
    aggregated,
    cap,
    defaultOrder,
    limitAny,
    topK: aggregate === null && limitAny === null ? topKOf(steps, cap, defaultOrder) : null,
    comparison,
  };
}

/**
 * The comparison side of the `diff` at `index`: the query's commands before it (ending with `pattern`), over
 * the comparison period, without row caps.
 */
function comparisonOf(
  q: Query,
  index: number,
  against: ComparisonRequest["against"],
  opts: CompileOptions,
): NonNullable<Plan["comparison"]> {
  const { startTime, endTime } = opts;
  const window =
    startTime === undefined || endTime === undefined ? null : comparisonWindow(against, startTime, endTime);
  const plan = buildPlan(
    { ...q, commands: q.commands.slice(0, index) },
    {
      now: opts.now,
      accountId: opts.accountId,
      limitDefault: Infinity,
      startTime: window?.startTime,
      endTime: window?.endTime,
    },
  );
  return { against, window, plan };
}

function resetProjection(columns: Column[]): {
  union: Map<string, Column>;
  hasFields: boolean;
  display: Column[] | null;
  aggregated: boolean;
} {
  return {
    union: new Map(columns.map((c) => [c.name, c])),
    hasFields: true,
    display: null,
    aggregated: true,
  };
}

/** A query ending in `[sort ...] [limit n]` only needs the best rows, so the buffer can stay small. */
function topKOf(steps: TableStep[], cap: number, defaultOrder: SortSpec[]): Plan["topK"] {
  let i = 0;
  let specs = defaultOrder;
  // Explicit sort keys first, then the default order as the tie-breaker (what sorting the default-ordered
  // rows stably gives).
  if (steps[i]?.kind === "sort") specs = [...(steps[i++]?.sortSpecs ?? []), ...defaultOrder];
  let k = cap;
  if (steps[i]?.kind === "limit") k = Math.min(k, steps[i++]?.limit ?? Infinity);
  if (i !== steps.length || !Number.isFinite(k)) return null;
  return { specs, k };
}
