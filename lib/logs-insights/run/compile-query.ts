import type { Query } from "../ast";
import { parseQuery } from "../parser";
import type { CompiledQuery, CompileOptions, LogEvent, QueryResult, QueryRun } from "../types";
import { buildPlan } from "./plan";
import { PlanRun } from "./query-run";

/** Compiles a parsed query once; each `run()` is an independent incremental execution. */
export function compileQuery(q: Query, opts: CompileOptions = {}): CompiledQuery {
  const plan = buildPlan(q, opts);
  return {
    aggregated: plan.aggregated,
    run: (): QueryRun => new PlanRun(plan),
  };
}

/** Parses, compiles and runs a query over events in one call. */
export function runQuery(text: string, events: Iterable<LogEvent>, opts: CompileOptions = {}): QueryResult {
  const run = compileQuery(parseQuery(text), opts).run();
  run.feed(events);
  return run.finish();
}
