import type { Query } from "../ast";
import { parseQuery } from "../parser";
import type { CompiledQuery, CompileOptions, LogEvent, QueryResult, QueryRun } from "../types";
import { buildPlan } from "./plan";
import { PlanRun } from "./query-run";

/** Compiles a parsed query once; each `run()` is an independent incremental execution. */
export function compileQuery(q: Query, opts: CompileOptions = {}): CompiledQuery {
  const plan = buildPlan(q, opts);
  const c = plan.comparison;
  return {
    aggregated: plan.aggregated,
    comparison: c === null ? null : { against: c.against, window: c.window },
    run: (): QueryRun => new PlanRun(plan),
  };
}

/**
 * Parses, compiles and runs a query over events in one call; `comparisonEvents` are the events of the
 * comparison period of a `diff` query.
 */
export function runQuery(
  text: string,
  events: Iterable<LogEvent>,
  opts: CompileOptions = {},
  comparisonEvents: Iterable<LogEvent> = [],
): QueryResult {
  const run = compileQuery(parseQuery(text), opts).run();
  run.feedComparison(comparisonEvents);
  run.feed(events);
  return run.finish();
}
