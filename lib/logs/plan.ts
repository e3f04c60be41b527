import { validateQuery } from "@/lib/logs-insights";
import { resolveRange, type TimeRange } from "@/lib/time";
import type { LogGroupRef } from "@/lib/contracts/logs";
import { MAX_LOG_GROUPS, RANGE_ALIGN_MS } from "./constants";
import { scopeKey, type RunSpec, type ScopeQuery } from "./types";

// From what a viewer asked for to what AWS is asked: the query is checked by the shared engine first (a query
// that does not parse never reaches StartQuery), the groups are split into one query per account and Region,
// prefix mode becomes a SOURCE clause, and relative ranges are aligned so viewers share runs.

export class LogsQueryError extends Error {
  override name = "LogsQueryError";
  constructor(
    message: string,
    readonly field: string,
    readonly location?: { start: number; end: number },
  ) {
    super(message);
  }
}

/** Aligned [start, end) in epoch ms: relative ranges end at the next RANGE_ALIGN_MS boundary. */
export function alignedRange(range: TimeRange, now: number): { startMs: number; endMs: number } {
  if (range.type === "absolute") {
    return { startMs: Math.floor(range.start / 1000) * 1000, endMs: Math.ceil(range.end / 1000) * 1000 };
  }
  const resolved = resolveRange(range, now);
  const endMs = Math.ceil(resolved.end / RANGE_ALIGN_MS) * RANGE_ALIGN_MS;
  return { startMs: endMs - (resolved.end - resolved.start), endMs };
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export interface PlanInput {
  query: string;
  groups: LogGroupRef[];
  mode: "groups" | "prefix";
  range: TimeRange;
  limit?: number;
}

export function planRun(input: PlanInput, now: number): RunSpec {
  const checked = validateQuery(input.query);
  if (!checked.ok) {
    throw new LogsQueryError(`query: ${checked.error.message}`, "query", {
      start: checked.error.startCharOffset,
      end: checked.error.endCharOffset,
    });
  }
  const ownSource = checked.sources.length > 0;
  if (ownSource && input.mode === "prefix") {
    throw new LogsQueryError("query: a query with its own SOURCE cannot use prefix mode", "mode");
  }
  const unique = new Map<string, LogGroupRef>();
  for (const g of input.groups) unique.set(`${g.accountId}/${g.region}/${g.name}`, g);
  if (unique.size > MAX_LOG_GROUPS) {
    throw new LogsQueryError(`groups: at most ${MAX_LOG_GROUPS} log groups per query`, "groups");
  }
  const byScope = new Map<string, ScopeQuery>();
  for (const g of unique.values()) {
    const key = scopeKey(g);
    let scope = byScope.get(key);
    if (!scope) {
      scope = { accountId: g.accountId, region: g.region, queryString: input.query, logGroupNames: [] };
      byScope.set(key, scope);
    }
    scope.logGroupNames.push(g.name);
  }
  const scopes = [...byScope.values()].map((scope) => {
    if (ownSource) return { ...scope, logGroupNames: [] };
    if (input.mode === "prefix") {
      if (scope.logGroupNames.length > 5) {
        throw new LogsQueryError(
          "groups: SOURCE takes at most 5 name prefixes per account and Region",
          "groups",
        );
      }
      const prefixes = scope.logGroupNames.map(quote).join(", ");
      return {
        ...scope,
        queryString: `SOURCE logGroups(namePrefix: [${prefixes}]) | ${input.query}`,
        logGroupNames: [],
      };
    }
    return { ...scope, logGroupNames: scope.logGroupNames.slice().sort() };
  });
  const { startMs, endMs } = alignedRange(input.range, now);
  if (endMs <= startMs) throw new LogsQueryError("range: the range is empty", "range");
  return { scopes, startMs, endMs, ...(input.limit !== undefined ? { limit: input.limit } : {}) };
}
