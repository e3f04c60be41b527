// StartQuery, GetQueryResults, StopQuery and DescribeQueries.

import { randomUUID } from "node:crypto";
import {
  compileQuery,
  LogsQuerySyntaxError,
  parseQuery,
  stripSource,
  type CompiledQuery,
  type Query,
} from "@/lib/logs-insights";
import type { RequestContext } from "@/lib/simulator/core/types";
import {
  constraintViolation,
  invalidParameter,
  limitExceeded,
  malformedQuery,
  resourceNotFound,
} from "../errors";
import {
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalStringList,
  requiredInteger,
  requiredString,
  type Input,
} from "../input";
import type { LogsWorld } from "../model/logs-world";
import { decodeToken, encodeToken, fingerprint, tokenNumber } from "../paging";
import { QueryJob, type QueryStatus } from "../queries/query-job";
import type { QueryManager } from "../queries/query-manager";
import { describedQueryString, selectQueryGroups, type RequestedGroups } from "../queries/query-sources";
import {
  DESCRIBE_QUERIES_MAX,
  MAX_CONCURRENT_QUERIES,
  MAX_NAME_LENGTH,
  MESSAGES,
  QUERY_LIMIT_MAX,
  QUERY_MAX_LOG_GROUPS,
  QUERY_RESULTS_PAGE_MAX,
  QUERY_STRING_MAX_LENGTH,
} from "../semantics";

const LANGUAGES = ["CWLI", "SQL", "PPL"] as const;
const STATUSES = ["Scheduled", "Running", "Complete", "Failed", "Cancelled", "Timeout", "Unknown"] as const;
const IDENTIFIER_PATTERN = /^[\w#+=/:,.@-]*$/;
const MAX_EPOCH_SECONDS = 253_402_300_799;

function syntaxError(err: LogsQuerySyntaxError) {
  const e = err.toQueryCompileError();
  return malformedQuery(e.message, e.location);
}

export function startQuery(world: LogsWorld, manager: QueryManager, input: Input, ctx: RequestContext) {
  const language = optionalEnum(input, "queryLanguage", LANGUAGES) ?? "CWLI";
  const queryString = requiredString(input, "queryString", QUERY_STRING_MAX_LENGTH, 0);
  const startTime = requiredInteger(input, "startTime", 0, MAX_EPOCH_SECONDS);
  const endTime = requiredInteger(input, "endTime", 0, MAX_EPOCH_SECONDS);
  const limit = optionalInteger(input, "limit", 1, QUERY_LIMIT_MAX);
  const requested: RequestedGroups = {
    name: optionalString(input, "logGroupName", MAX_NAME_LENGTH),
    names: optionalStringList(input, "logGroupNames", QUERY_MAX_LOG_GROUPS),
    identifiers: optionalStringList(input, "logGroupIdentifiers", QUERY_MAX_LOG_GROUPS),
  };
  if (requested.identifiers?.some((id) => !IDENTIFIER_PATTERN.test(id))) {
    throw constraintViolation(
      `[${requested.identifiers.join(", ")}]`,
      "logGroupIdentifiers",
      "Member must satisfy constraint: [Member must satisfy regular expression pattern: [\\w#+=/:,.@-]*]",
    );
  }
  if (language !== "CWLI") {
    throw invalidParameter(`The simulator only runs Logs Insights QL (CWLI) queries, not ${language}.`);
  }
  if (endTime < startTime) throw invalidParameter(MESSAGES.queryStartAfterEnd);

  let query: Query;
  try {
    query = parseQuery(queryString);
  } catch (err) {
    if (err instanceof LogsQuerySyntaxError) throw syntaxError(err);
    throw err;
  }
  const groups = selectQueryGroups(world, ctx, requested, query.source);
  const startMs = startTime * 1000;
  const endMs = endTime * 1000 + 999;
  let compiled: CompiledQuery;
  try {
    compiled = compileQuery(query, {
      accountId: ctx.accountId,
      startTime: startMs,
      endTime: endMs,
      apiLimit: limit,
      now: ctx.now.getTime(),
    });
  } catch (err) {
    if (err instanceof LogsQuerySyntaxError) throw syntaxError(err);
    throw err;
  }
  if (manager.activeCount(ctx.accountId, ctx.region) >= MAX_CONCURRENT_QUERIES) {
    throw limitExceeded(MESSAGES.queryConcurrency(MAX_CONCURRENT_QUERIES));
  }
  const id = randomUUID();
  const body = query.source === null ? queryString : stripSource(queryString);
  manager.submit(
    new QueryJob({
      id,
      accountId: ctx.accountId,
      region: ctx.region,
      queryString,
      describedString: describedQueryString(queryString, query.source, requested, startMs, endMs, body),
      groups,
      startMs,
      endMs,
      createTime: ctx.now.getTime(),
      compiled,
    }),
  );
  ctx.record?.("queries");
  return { queryId: id };
}

function requireJob(manager: QueryManager, input: Input, ctx: RequestContext): QueryJob {
  const id = requiredString(input, "queryId", 256, 0);
  const job = manager.get(ctx.accountId, ctx.region, id);
  if (!job) throw resourceNotFound(MESSAGES.queryNotFound(id));
  return job;
}

export function getQueryResults(manager: QueryManager, input: Input, ctx: RequestContext) {
  const job = requireJob(manager, input, ctx);
  const maxItems = optionalInteger(input, "maxItems", 1, QUERY_RESULTS_PAGE_MAX) ?? QUERY_RESULTS_PAGE_MAX;
  const token = optionalString(input, "nextToken");
  const result = job.result();
  const fp = fingerprint(["GetQueryResults", job.id]);
  const offset = token === undefined ? 0 : tokenNumber(decodeToken(token, fp), "o");
  const rows = result.rows.slice(offset, offset + maxItems);
  const more = offset + rows.length < result.rows.length;
  const s = result.statistics;
  return {
    queryLanguage: "CWLI",
    results: rows,
    statistics: {
      recordsMatched: s.recordsMatched,
      recordsScanned: s.recordsScanned,
      estimatedRecordsSkipped: 0,
      bytesScanned: s.bytesScanned,
      estimatedBytesSkipped: 0,
      logGroupsScanned: job.groupCount,
    },
    status: job.status,
    ...(more ? { nextToken: encodeToken(fp, { o: offset + rows.length }) } : {}),
  };
}

export function stopQuery(manager: QueryManager, input: Input, ctx: RequestContext) {
  const job = requireJob(manager, input, ctx);
  if (!job.active) throw invalidParameter(MESSAGES.queryNotRunning(job.id));
  manager.cancel(job);
  return { success: true };
}

export function describeQueries(manager: QueryManager, input: Input, ctx: RequestContext) {
  const logGroupName = optionalString(input, "logGroupName", MAX_NAME_LENGTH);
  const status = optionalEnum(input, "status", STATUSES);
  const language = optionalEnum(input, "queryLanguage", LANGUAGES);
  const maxResults = optionalInteger(input, "maxResults", 1, DESCRIBE_QUERIES_MAX) ?? DESCRIBE_QUERIES_MAX;
  const token = optionalString(input, "nextToken");
  const jobs = manager
    .list(ctx.accountId, ctx.region)
    .filter(
      (j) =>
        (logGroupName === undefined || j.logGroupName === logGroupName) &&
        (status === undefined || j.status === (status as QueryStatus)) &&
        (language === undefined || language === "CWLI"),
    );
  const fp = fingerprint(["DescribeQueries", ctx.accountId, ctx.region, logGroupName, status, language]);
  const offset = token === undefined ? 0 : tokenNumber(decodeToken(token, fp), "o");
  const page = jobs.slice(offset, offset + maxResults);
  return {
    queries: page.map((j) => ({
      queryId: j.id,
      queryString: j.describedString,
      status: j.status,
      createTime: j.createTime,
      logGroupName: j.logGroupName,
      queryLanguage: "CWLI",
    })),
    ...(offset + page.length < jobs.length
      ? { nextToken: encodeToken(fp, { o: offset + page.length }) }
      : {}),
  };
}
