// Behaviour the public sources leave open (AWS-SEMANTICS.md section 12 item 8, plus smaller [I] points of
// sections 7 and 8). Each choice is one named constant so it can be flipped in a single place.

// ---- 12.8 open questions -------------------------------------------------------------------------------

/** [I] 12.8 column order / @ptr: non-aggregated rows carry `@ptr`, appended after the projected fields. */
export const PTR_ON_NON_AGGREGATED_ROWS: "append-last" | "omit" = "append-last";

/** [I] 12.8 boolean formatting: comparison and predicate results print as `1` / `0` (not `true` / `false`). */
export const BOOLEAN_RENDERING: "numeric" | "words" = "numeric";

/**
 * [I] 12.8 number formatting: shortest round-trip decimal (`1.6666666666666667`, `100`), or at most six
 * fraction digits with trailing zeros dropped (`1.666667`).
 */
export const NUMBER_RENDERING: "shortest-round-trip" | "max-6-fraction-digits" = "shortest-round-trip";

/** [I] 12.8 null groups: `stats ... by f` emits a group for rows where `f` is missing (the key is omitted). */
export const INCLUDE_NULL_GROUPS = true;

/** [I] 12.8 `sort f` without a direction sorts descending (moto's parser does the same). */
export const DEFAULT_SORT_DIRECTION: "asc" | "desc" = "desc";

/** [I] 12.8 order of `stats` rows when no `sort` follows: the order in which groups were first seen. */
export const STATS_ROW_ORDER_WITHOUT_SORT: "first-seen" | "keys-ascending" = "first-seen";

/**
 * [I] 12.8 MalformedQueryException texts. They follow the ANTLR wording AWS is known to return
 * (`mismatched input 'count' expecting {K_PARSE, ...}` seen in boto/boto3#3450); the rest are guesses.
 */
export const MALFORMED_QUERY_MESSAGES = {
  mismatchedInput: (found: string, expecting: string) => `mismatched input '${found}' expecting ${expecting}`,
  tokenRecognition: (text: string) => `token recognition error at: '${text}'`,
  unterminated: (what: string) => `unterminated ${what}`,
  emptyQuery: () => "Query string is empty",
  unknownFunction: (name: string) => `Unknown function: ${name}`,
  wrongArity: (name: string, expected: string, got: number) =>
    `Function ${name} expects ${expected} argument(s) but got ${got}`,
  aggregateOutsideStats: (name: string) => `Aggregation function ${name} can only be used in stats`,
  nestedAggregate: (name: string) => `Aggregation function ${name} cannot be nested in another aggregation`,
  notAggregated: (name: string) => `Field ${name} must be aggregated or used in the by clause of stats`,
  invalidRegex: (detail: string) => `Invalid regular expression: ${detail}`,
  parseFieldCount: (stars: number, names: number) =>
    `parse pattern has ${stars} wildcard(s) but ${names} field name(s) were given`,
  parseRegexNoFields: () => "parse regular expression must contain named capture groups (?<name>...)",
  invalidPeriod: (text: string) => `Invalid time period: ${text}`,
  periodTooLarge: (text: string) => `Time period ${text} exceeds the maximum for its unit`,
  invalidLimit: (text: string) => `Invalid limit: ${text}`,
  ephemeralRedefined: (name: string) => `Ephemeral field is already defined: ${name}`,
  dedupFollowedBy: (command: string) => `Only the limit command can follow dedup, found ${command}`,
  sourceNotFirst: () => "SOURCE can only appear at the start of the query",
  unsupportedCommand: (command: string) => `The ${command} command is not supported by this engine`,
  literalRequired: (what: string) => `${what} must be a literal value`,
} as const;

/**
 * [I] 12.8 location of an error at the end of the text: both offsets equal the text length. For token
 * errors the end offset is the token's last character (ANTLR stop index, inclusive).
 */
export const ERROR_END_OFFSET_INCLUSIVE = true;

/**
 * [I] 12.8 `fillmissing` range: bins are generated from the query's start to its end time when the caller
 * provides them (falling back to the first/last bin seen otherwise).
 */
export const FILLMISSING_RANGE: "query-range" | "observed-range" = "query-range";

/** [I] 12.8 `fillmissing` without `with ... for ...` fills every aggregate column with this value. */
export const FILLMISSING_DEFAULT_VALUE = 0;

/** [I] 12.8 names of the `pattern` command's output fields. */
export const PATTERN_OUTPUT_FIELDS = {
  pattern: "@pattern",
  ratio: "@ratio",
  sampleCount: "@sampleCount",
  severityLabel: "@severityLabel",
  tokens: "@tokens",
  visualization: "@visualization",
} as const;

// ---- other [I] choices of sections 7 and 8 ---------------------------------------------------------------

/** [I] 8.6 missing values sort after all present values, in both directions. */
export const NULLS_SORT: "last" | "first-when-ascending" = "last";

/** [I] 8.4 a comparison with a missing operand is "unknown": it never matches, and `not` keeps it unknown. */
export const MISSING_OPERAND_COMPARISON: "unknown" | "false" = "unknown";

/** [I] 8.5 `stddev` is the sample standard deviation (n - 1); a single value gives 0. */
export const STDDEV_KIND: "sample" | "population" = "sample";

/** [I] 8.5 `pct(f, p)` uses the nearest-rank definition (AWS documents it as approximate). */
export const PERCENTILE_METHOD: "nearest-rank" | "linear-interpolation" = "nearest-rank";

/** [I] 8.5 `sum`/`avg`/`min`/`max` over no numeric value give no value (the column is omitted). */
export const EMPTY_NUMERIC_AGGREGATE: "null" | "zero" = "null";

/** [I] `stats` without `by` over zero matching events returns no row (instead of one row with count 0). */
export const EMPTY_UNGROUPED_STATS_EMITS_ROW = false;

/** [I] 8.7 default projection (no fields/display/stats) also lists the fields created by `parse`. */
export const DEFAULT_PROJECTION_INCLUDES_PARSED_FIELDS = true;

/** [I] 8.7 fields created by `parse` are part of the union projection when `fields` commands exist. */
export const PARSED_FIELDS_JOIN_FIELDS_UNION = true;

/** [I] 8.5 reported caps on bin periods (s <= 60, m <= 60, h <= 24) are not enforced. */
export const ENFORCE_PERIOD_UNIT_CAPS = false;

/** [I] 8.5 `bin(1w)` / `datefloor(t, 1w)` align weeks on Monday 00:00 UTC (ISO weeks). */
export const WEEK_STARTS_ON: "monday" | "sunday" | "thursday-epoch" = "monday";

/** [I] `limit n` accepts 1..this value (newest docs: up to 100,000 with paging). */
export const LIMIT_COMMAND_MAX = 100_000;

/** [I] 7.3 when both StartQuery `limit` and a `limit` command are given, the smaller one wins. */
export const API_LIMIT_COMBINATION: "smaller-wins" | "command-wins" = "smaller-wins";

/** [I] a query that is empty (or only comments) is rejected as malformed. */
export const EMPTY_QUERY_IS_ERROR = true;

/** [I] defining an ephemeral field (`as x`, `parse ... as x`) twice is a compile error (seen in a public fix). */
export const REJECT_EPHEMERAL_REDEFINITION = true;

/** [I] `dedup` may only be followed by `limit` (documented), enforced at compile time. */
export const DEDUP_ONLY_LIMIT_MAY_FOLLOW = true;

/** [I] field names after `stats` that are not output columns evaluate to missing (no compile error). */
export const UNKNOWN_FIELD_AFTER_STATS: "missing" | "error" = "missing";

/** [I] arithmetic that yields Infinity or NaN (e.g. division by zero) gives a missing value. */
export const NON_FINITE_ARITHMETIC: "missing" | "keep" = "missing";

/** [I] 8.2 Lambda `Memory Size` / `Max Memory Used` are exposed in bytes (MB x 1,000,000). */
export const LAMBDA_MEMORY_BYTES_PER_MB = 1_000_000;

/** [I] 8.2 JSON booleans are discovered as the strings "true" / "false". */
export const JSON_BOOLEAN_DISCOVERY: "string" | "boolean" = "string";

/** [I] 8.2 where a JSON fragment inside a non-JSON line is discovered ("first JSON fragment of a Lambda line"). */
export const EMBEDDED_JSON_DISCOVERY: "lambda-log-groups" | "all-log-groups" | "never" = "lambda-log-groups";

/** [I] 7.3 bytesScanned counts the size of each message plus this per-event overhead (the PutLogEvents rule). */
export const BYTES_SCANNED_OVERHEAD_PER_EVENT = 26;

/**
 * [I] 7.3 how a message's size is measured for bytesScanned: UTF-16 code units (free; equal to UTF-8 bytes
 * for ASCII) or exact UTF-8 bytes (scans every character: a measurable cost over a million events).
 */
export const BYTES_SCANNED_MEASURE: "code-units" | "utf8" = "code-units";

/** [I] `concat` treats missing arguments as empty strings (instead of making the result missing). */
export const CONCAT_MISSING_ARGUMENT: "empty" | "missing" = "empty";

/** [I] `count_distinct` is exact (AWS: approximate for high cardinality). */
export const COUNT_DISTINCT_EXACT = true;

/** [I] ties in `earliest`/`latest` keep the first event fed with that timestamp. */
export const EARLIEST_LATEST_TIES: "first-fed" | "last-fed" = "first-fed";

// ---- FilterLogEvents filter patterns (7.2) ---------------------------------------------------------------

/** [I] 7.2 text of the InvalidParameterException raised for an unparsable filter pattern. */
export const INVALID_FILTER_PATTERN_MESSAGE = (detail: string) => `Invalid filter pattern: ${detail}`;

/** [I] 7.2 plain terms match as case-sensitive substrings (not whole words). */
export const FILTER_TERM_MATCH: "substring" | "word" = "substring";

/** [I] 7.2 a JSON `!=` on a missing property does not match. */
export const JSON_PATTERN_NOT_EQUAL_MISSING_MATCHES = false;

/** [I] 7.2 numeric JSON comparisons also accept numeric strings (`"500"` vs `= 500`). */
export const JSON_PATTERN_NUMERIC_STRINGS = false;

/** [I] 7.2 space-delimited fields wrapped in "..." or [...] are compared without the wrapping characters. */
export const SPACE_DELIMITED_STRIP_WRAPPERS = true;
