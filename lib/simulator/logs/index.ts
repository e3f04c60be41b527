// The simulated CloudWatch Logs service (AWS JSON 1.1, target prefix `Logs_20140328`): log groups and streams,
// PutLogEvents / GetLogEvents / FilterLogEvents, Logs Insights queries and saved query definitions, over a
// deterministic demo world whose logs agree with the metrics world (see demo/).

import type { ServiceDefinition } from "@/lib/simulator/core/types";
import { LogsBackend, type LogsBackendOptions } from "./backend";
import {
  createLogGroup,
  deleteLogGroup,
  deleteRetentionPolicy,
  describeLogGroups,
  putRetentionPolicy,
} from "./operations/log-groups";
import { createLogStream, deleteLogStream, describeLogStreams } from "./operations/log-streams";
import { filterLogEvents } from "./operations/filter-log-events";
import { getLogEvents } from "./operations/get-log-events";
import { getLogGroupFields } from "./operations/get-log-group-fields";
import { getLogRecord } from "./operations/get-log-record";
import { putLogEvents } from "./operations/put-log-events";
import { describeQueries, getQueryResults, startQuery, stopQuery } from "./operations/queries";

export { LogsBackend, type LogsBackendOptions } from "./backend";
export { DEMO_GROUP_CREATION_TIME, DEMO_RETENTION_DAYS } from "./demo/catalog";

export type LogsServiceDeps = LogsBackendOptions;

export type LogsService = ServiceDefinition & { backend: LogsBackend };

export function createLogsService(deps: LogsServiceDeps = {}): LogsService {
  const backend = new LogsBackend(deps);
  const { world, reader, queries, definitions } = backend;
  return {
    name: "logs",
    backend,
    operations: {
      CreateLogGroup: (input, ctx) => createLogGroup(world, input, ctx),
      DeleteLogGroup: (input, ctx) => deleteLogGroup(world, input, ctx),
      DescribeLogGroups: (input, ctx) => describeLogGroups(world, input, ctx),
      PutRetentionPolicy: (input, ctx) => putRetentionPolicy(world, input, ctx),
      DeleteRetentionPolicy: (input, ctx) => deleteRetentionPolicy(world, input, ctx),
      CreateLogStream: (input, ctx) => createLogStream(world, input, ctx),
      DeleteLogStream: (input, ctx) => deleteLogStream(world, input, ctx),
      DescribeLogStreams: (input, ctx) => describeLogStreams(world, input, ctx),
      PutLogEvents: (input, ctx) => putLogEvents(world, input, ctx),
      GetLogEvents: (input, ctx) => getLogEvents(world, reader, input, ctx),
      FilterLogEvents: (input, ctx) => filterLogEvents(world, reader, input, ctx),
      StartQuery: (input, ctx) => startQuery(world, queries, input, ctx),
      GetQueryResults: (input, ctx) => getQueryResults(queries, input, ctx),
      StopQuery: (input, ctx) => stopQuery(queries, input, ctx),
      DescribeQueries: (input, ctx) => describeQueries(queries, input, ctx),
      GetLogRecord: (input, ctx) => getLogRecord(world, reader, input, ctx),
      GetLogGroupFields: (input, ctx) => getLogGroupFields(world, reader, input, ctx),
      PutQueryDefinition: (input, ctx) => definitions.put(input, ctx),
      DescribeQueryDefinitions: (input, ctx) => definitions.describe(input, ctx),
      DeleteQueryDefinition: (input, ctx) => definitions.delete(input, ctx),
    },
  };
}
