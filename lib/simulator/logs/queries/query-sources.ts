// Which log groups a StartQuery request selects: exactly one of logGroupName / logGroupNames /
// logGroupIdentifiers, or the query's own `SOURCE` clause.

import type { SourceClause } from "@/lib/logs-insights";
import type { RequestContext } from "@/lib/simulator/core/types";
import { invalidParameter, resourceNotFound } from "../errors";
import type { LogGroupState } from "../model/log-group";
import type { LogsWorld } from "../model/logs-world";
import { MESSAGES } from "../semantics";

/** [D] `SOURCE logGroups(...)` may select at most this many groups. */
export const SOURCE_MAX_GROUPS = 10_000;

/** AWS's text for an unknown group in StartQuery [V, recorded 2026-02]. */
export function queryGroupNotFound(name: string, ctx: RequestContext) {
  return resourceNotFound(
    `Log group '${name}' does not exist for account ID '${ctx.accountId}' (Service: AWSLogs; Status Code: 400; ` +
      `Error Code: ResourceNotFoundException; Request ID: ${ctx.requestId}; Proxy: null)`,
  );
}

export interface RequestedGroups {
  name?: string;
  names?: string[];
  identifiers?: string[];
}

function resolveAll(world: LogsWorld, ctx: RequestContext, identifiers: string[]): LogGroupState[] {
  const out: LogGroupState[] = [];
  const seen = new Set<LogGroupState>();
  for (const id of identifiers) {
    const group = world.resolve(ctx.accountId, ctx.region, id);
    if (!group) throw queryGroupNotFound(id, ctx);
    if (!seen.has(group)) {
      seen.add(group);
      out.push(group);
    }
  }
  return out;
}

function selectBySelector(world: LogsWorld, ctx: RequestContext, clause: SourceClause): LogGroupState[] {
  const readable = world.readableAccounts(ctx.accountId);
  const accounts =
    clause.accountIdentifiers.length === 0
      ? [ctx.accountId]
      : clause.accountIdentifiers.filter((a) => readable.includes(a));
  const classes = new Set(clause.classes.length === 0 ? ["STANDARD"] : clause.classes);
  const out: LogGroupState[] = [];
  for (const accountId of accounts) {
    for (const group of world.region(accountId, ctx.region).sortedGroups()) {
      if (!classes.has(group.logGroupClass)) continue;
      if (clause.namePrefixes.length > 0 && !clause.namePrefixes.some((p) => group.name.startsWith(p)))
        continue;
      out.push(group);
    }
  }
  if (out.length > SOURCE_MAX_GROUPS) throw invalidParameter(MESSAGES.queryTooManySources);
  return out;
}

export function selectQueryGroups(
  world: LogsWorld,
  ctx: RequestContext,
  requested: RequestedGroups,
  source: SourceClause | null,
): LogGroupState[] {
  const given = [requested.name, requested.names, requested.identifiers].filter(
    (x) => x !== undefined,
  ).length;
  if (source !== null) {
    if (given > 0) throw invalidParameter(MESSAGES.querySourceAndGroups);
    return source.selector ? selectBySelector(world, ctx, source) : resolveAll(world, ctx, source.logGroups);
  }
  if (given === 0) throw invalidParameter(MESSAGES.queryGroupRequired);
  if (given > 1) throw invalidParameter(MESSAGES.queryGroupExclusive);
  if (requested.name !== undefined) return resolveAll(world, ctx, [requested.name]);
  const names = requested.names ?? [];
  if (requested.names !== undefined) {
    for (const n of names) if (n.startsWith("arn:")) throw queryGroupNotFound(n, ctx);
    return resolveAll(world, ctx, names);
  }
  return resolveAll(world, ctx, requested.identifiers ?? []);
}

/** The DescribeQueries form of a query string: its sources and range spelled out in front. */
export function describedQueryString(
  queryString: string,
  source: SourceClause | null,
  requested: RequestedGroups,
  startMs: number,
  endMs: number,
  body: string,
): string {
  const range = `START=${startMs} END=${endMs}`;
  if (source !== null) {
    const clause = queryString.slice(source.start, source.end).replace(/\s+START=\d+|\s+END=\d+/gi, "");
    return `${clause} ${range} |${body}`;
  }
  const names =
    requested.name !== undefined ? [requested.name] : (requested.names ?? requested.identifiers ?? []);
  return `SOURCE ${names.map((n) => `"${n}"`).join(", ")} ${range} | ${queryString}`;
}
