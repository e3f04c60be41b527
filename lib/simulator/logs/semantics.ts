// Limits and behaviour choices of the simulated CloudWatch Logs service. Values tagged [I] are inferred (not
// verified against AWS); each one lives here so it is easy to change.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** [D] Log group / stream names. */
export const MAX_NAME_LENGTH = 512;
/** [D] DescribeLogGroups and DescribeLogStreams page sizes. */
export const DESCRIBE_LIMIT_MAX = 50;
/** [D] GetLogEvents / FilterLogEvents. */
export const EVENTS_LIMIT_MAX = 10_000;
/** [D] A page of events holds at most 1 MB. */
export const EVENTS_PAGE_MAX_BYTES = 1_048_576;
/** [D] PutLogEvents batch limits; the batch size counts UTF-8 message bytes plus 26 per event. */
export const PUT_BATCH_MAX_BYTES = 1_048_576;
export const PUT_BATCH_MAX_EVENTS = 10_000;
export const PUT_EVENT_OVERHEAD_BYTES = 26;
export const PUT_EVENT_MAX_BYTES = 1_048_576 - PUT_EVENT_OVERHEAD_BYTES;
export const PUT_MAX_SPAN_MS = DAY_MS;
/** [D] Events older than 14 days (or the retention period) / more than 2 hours ahead are rejected. */
export const PUT_TOO_OLD_MS = 14 * DAY_MS;
export const PUT_TOO_NEW_MS = 2 * HOUR_MS;
/** [D] FilterLogEvents `logStreamNames` and filter pattern length. */
export const FILTER_MAX_STREAM_NAMES = 100;
export const FILTER_PATTERN_MAX_LENGTH = 1024;
/** [D] `startFromHead: false` is only supported for start times on or after this instant. */
export const FILTER_DESCENDING_MIN_START = Date.UTC(2024, 0, 1);

/**
 * [I] How many events one FilterLogEvents call examines before it returns a (possibly partial or empty) page
 * with a nextToken, as AWS does for searches that take too long.
 */
export const FILTER_SCAN_BUDGET_EVENTS = 250_000;

/**
 * [D/I] `searchedLogStreams` is documented as "no longer supported, returns an empty list" (since 2020);
 * "streams-seen" instead lists the streams that contributed events to the page, as moto does.
 */
export const SEARCHED_LOG_STREAMS: "empty" | "streams-seen" = "empty";

/** [V] The logGroupNamePattern path of DescribeLogGroups returns a nextToken even when everything fitted. */
export const PATTERN_PATH_ALWAYS_RETURNS_TOKEN = true;
/** [D] logGroupNamePattern is a case-sensitive substring match (AWS-SEMANTICS 7.1 guessed insensitive). */
export const PATTERN_CASE_INSENSITIVE = false;

/** [D] StartQuery. */
export const QUERY_STRING_MAX_LENGTH = 10_000;
export const QUERY_MAX_LOG_GROUPS = 50;
export const QUERY_LIMIT_MAX = 100_000;
/** [D] Concurrent Logs Insights queries (Scheduled + Running) per account, dashboards included. */
export const MAX_CONCURRENT_QUERIES = 100;
/** [I] The concurrency quota is counted per account across Regions ("account") or per account and Region. */
export const CONCURRENCY_SCOPE: "account" | "account-region" = "account";
/** [D] Queries running longer than this (simulated clock) end with status Timeout. */
export const QUERY_TIMEOUT_MS = 60 * MINUTE_MS;
/** [D] Query results stay retrievable for 7 days. */
export const QUERY_RETENTION_MS = 7 * DAY_MS;
/**
 * [I] Finished queries kept per account and Region (oldest forgotten first), so a long-running simulator
 * with dashboards refreshing every minute does not keep a week of results in memory.
 */
export const MAX_RETAINED_QUERIES = 2000;
/** [D] GetQueryResults returns at most this many rows per call (more with nextToken). */
export const QUERY_RESULTS_PAGE_MAX = 10_000;
/** [D] DescribeQueries maxResults. */
export const DESCRIBE_QUERIES_MAX = 1000;
/** [D] Saved query definitions per Region; DescribeQueryDefinitions maxResults. */
export const QUERY_DEFINITIONS_MAX = 1000;

/**
 * [I] Real time a new query waits in the queue (status Scheduled) before the worker picks it up, and the
 * amount of work the worker does per turn before yielding to the HTTP server. A query over a large range is
 * therefore Running for a while with growing partial results and statistics.
 */
export const QUERY_SCHEDULE_DELAY_MS = 40;
export const QUERY_SLICE_BUDGET_MS = 12;
/** [I] Partial results of a Running query are recomputed at most this often (real time). */
export const QUERY_PARTIAL_REFRESH_MS = 200;
/** [I] How many queries the worker advances at the same time; the others stay Scheduled. */
export const QUERY_WORKER_PARALLELISM = 8;

/** [I] Message texts that are not verified against AWS. */
export const MESSAGES = {
  groupNotFound: "The specified log group does not exist.",
  streamNotFound: "The specified log stream does not exist.",
  groupExists: "The specified log group already exists",
  streamExists: "The specified log stream already exists",
  nameTooLong: `Invalid LogGroup or LogStream, both must have length less than or equal to ${MAX_NAME_LENGTH}.`,
  prefixAndPattern: "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.",
  nameAndIdentifier: "LogGroup name and LogGroup ARN are mutually exclusive parameters.",
  identifiersWithPrefix:
    "LogGroup identifiers and LogGroup name prefix or pattern are mutually exclusive parameters.",
  streamNamesAndPrefix: "logStreamNames and logStreamNamePrefix are mutually exclusive parameters.",
  orderByWithPrefix: "Cannot order by LastEventTime with a logStreamNamePrefix.",
  invalidToken: "The specified nextToken is invalid.",
  chronological: "Log events in a single PutLogEvents request must be in chronological order.",
  batchSpan: "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.",
  batchTooLarge: `Upload too large: the batch of log events exceeds ${PUT_BATCH_MAX_BYTES} bytes.`,
  eventTooLarge: "Log event too large.",
  emptyBatch: "The batch of log events in a single PutLogEvents request cannot be empty.",
  descendingBeforeCutoff:
    "startFromHead=false is only supported for startTime on or after 2024-01-01T00:00:00Z.",
  queryGroupRequired: "Either logGroupName, logGroupNames or logGroupIdentifiers must be specified.",
  queryGroupExclusive: "Only one of logGroupName, logGroupNames or logGroupIdentifiers may be specified.",
  querySourceAndGroups: "A query that starts with SOURCE cannot also name log groups in the request.",
  queryStartAfterEnd: "End time should not be before the start time",
  queryTooManySources: "The SOURCE command selects more than 10000 log groups.",
  queryNotFound: (id: string) => `Query ${id} does not exist.`,
  queryNotRunning: (id: string) => `Query ${id} is not running.`,
  queryConcurrency: (n: number) => `Account maximum query concurrency limit of [${n}] reached.`,
  queryDefinitionNotFound: "The specified query definition does not exist.",
  queryDefinitionsLimit: `You have reached the maximum of ${QUERY_DEFINITIONS_MAX} query definitions.`,
  logRecordNotFound: "The specified log record does not exist.",
  deletionProtected: "Log group deletion is prevented because deletion protection is enabled.",
} as const;
