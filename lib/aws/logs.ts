import {
  DeleteQueryDefinitionCommand,
  DescribeLogGroupsCommand,
  DescribeQueryDefinitionsCommand,
  GetLogGroupFieldsCommand,
  GetQueryResultsCommand,
  PutQueryDefinitionCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { eachPage } from "./pages";
import type { AwsRuntime } from "./runtime";

/** Pages read at most per results or definitions call. */
const MAX_PAGES = 10;

// The CloudWatch Logs calls of Logs Insights, shaped for lib/logs: plain records, epoch milliseconds, and
// AWS's error objects passed through (lib/aws/errors classifies them).

export interface LogGroupSummary {
  name: string;
  arn: string;
  storedBytes?: number;
  creationTime?: number;
}

export interface LogGroupPage {
  groups: LogGroupSummary[];
  nextToken?: string;
}

export async function describeLogGroups(
  account: AccountTarget,
  region: string,
  options: { pattern?: string; nextToken?: string; limit?: number },
  runtime?: AwsRuntime,
): Promise<LogGroupPage> {
  const { logs } = clientsFor(account, region, runtime);
  const out = await logs.send(
    new DescribeLogGroupsCommand({
      logGroupNamePattern: options.pattern || undefined,
      nextToken: options.nextToken,
      limit: options.limit,
    }),
  );
  return {
    groups: (out.logGroups ?? []).map((g) => ({
      name: g.logGroupName ?? "",
      arn: g.logGroupArn ?? (g.arn ?? "").replace(/:\*$/, ""),
      ...(g.storedBytes !== undefined ? { storedBytes: g.storedBytes } : {}),
      ...(g.creationTime !== undefined ? { creationTime: g.creationTime } : {}),
    })),
    ...(out.nextToken ? { nextToken: out.nextToken } : {}),
  };
}

export interface LogGroupField {
  name: string;
  percent: number;
}

export async function getLogGroupFields(
  account: AccountTarget,
  region: string,
  logGroupName: string,
  runtime?: AwsRuntime,
): Promise<LogGroupField[]> {
  const { logs } = clientsFor(account, region, runtime);
  const out = await logs.send(new GetLogGroupFieldsCommand({ logGroupName }));
  return (out.logGroupFields ?? []).map((f) => ({ name: f.name ?? "", percent: f.percent ?? 0 }));
}

export interface StartQueryRequest {
  queryString: string;
  /** Empty when the query names its groups with SOURCE. */
  logGroupNames: string[];
  startMs: number;
  endMs: number;
  limit?: number;
}

export async function startQuery(
  account: AccountTarget,
  region: string,
  request: StartQueryRequest,
  runtime?: AwsRuntime,
): Promise<string> {
  const { logs } = clientsFor(account, region, runtime);
  const out = await logs.send(
    new StartQueryCommand({
      queryString: request.queryString,
      ...(request.logGroupNames.length > 0 ? { logGroupNames: request.logGroupNames } : {}),
      // StartQuery takes epoch seconds, both ends inclusive.
      startTime: Math.floor(request.startMs / 1000),
      endTime: Math.floor((request.endMs - 1) / 1000),
      ...(request.limit !== undefined ? { limit: request.limit } : {}),
    }),
  );
  if (!out.queryId) throw new Error("StartQuery returned no queryId");
  return out.queryId;
}

export type QueryStatus =
  "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout" | "Unknown";

export interface QueryStatistics {
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
}

export interface QueryResultsPage {
  status: QueryStatus;
  rows: Record<string, string>[];
  statistics: QueryStatistics;
}

/** Every page of the results so far (rows beyond the first 10,000 come with nextToken). */
export async function getQueryResults(
  account: AccountTarget,
  region: string,
  queryId: string,
  runtime?: AwsRuntime,
): Promise<QueryResultsPage> {
  const { logs } = clientsFor(account, region, runtime);
  const rows: Record<string, string>[] = [];
  let status: QueryStatus = "Unknown";
  let statistics: QueryStatistics = { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 };
  await eachPage(
    MAX_PAGES,
    (nextToken) => logs.send(new GetQueryResultsCommand({ queryId, nextToken })),
    (out) => {
      status = (out.status ?? "Unknown") as QueryStatus;
      statistics = {
        recordsMatched: out.statistics?.recordsMatched ?? 0,
        recordsScanned: out.statistics?.recordsScanned ?? 0,
        bytesScanned: out.statistics?.bytesScanned ?? 0,
      };
      for (const row of out.results ?? []) {
        const record: Record<string, string> = {};
        for (const f of row) if (f.field !== undefined && f.value !== undefined) record[f.field] = f.value;
        rows.push(record);
      }
      return out.nextToken;
    },
  );
  return { status, rows, statistics };
}

export async function stopQuery(
  account: AccountTarget,
  region: string,
  queryId: string,
  runtime?: AwsRuntime,
): Promise<void> {
  const { logs } = clientsFor(account, region, runtime);
  try {
    await logs.send(new StopQueryCommand({ queryId }));
  } catch (error) {
    // Stopping a query that has just finished is not a failure worth reporting.
    if ((error as { name?: string }).name !== "InvalidParameterException") throw error;
  }
}

export interface QueryDefinition {
  id?: string;
  name: string;
  queryString: string;
  logGroupNames: string[];
}

export async function putQueryDefinition(
  account: AccountTarget,
  region: string,
  definition: QueryDefinition,
  runtime?: AwsRuntime,
): Promise<string> {
  const { logs } = clientsFor(account, region, runtime);
  // PutQueryDefinition overwrites every field: always send the whole definition.
  const out = await logs.send(
    new PutQueryDefinitionCommand({
      ...(definition.id ? { queryDefinitionId: definition.id } : {}),
      name: definition.name,
      queryString: definition.queryString,
      logGroupNames: definition.logGroupNames,
    }),
  );
  return out.queryDefinitionId ?? definition.id ?? "";
}

export async function describeQueryDefinitions(
  account: AccountTarget,
  region: string,
  runtime?: AwsRuntime,
): Promise<Required<QueryDefinition>[]> {
  const { logs } = clientsFor(account, region, runtime);
  const all: Required<QueryDefinition>[] = [];
  await eachPage(
    MAX_PAGES,
    (nextToken) => logs.send(new DescribeQueryDefinitionsCommand({ nextToken, maxResults: 1000 })),
    (out) => {
      for (const d of out.queryDefinitions ?? []) {
        all.push({
          id: d.queryDefinitionId ?? "",
          name: d.name ?? "",
          queryString: d.queryString ?? "",
          logGroupNames: d.logGroupNames ?? [],
        });
      }
      return out.nextToken;
    },
  );
  return all;
}

export async function deleteQueryDefinition(
  account: AccountTarget,
  region: string,
  id: string,
  runtime?: AwsRuntime,
): Promise<void> {
  const { logs } = clientsFor(account, region, runtime);
  await logs.send(new DeleteQueryDefinitionCommand({ queryDefinitionId: id }));
}
