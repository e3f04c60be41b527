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
  /** [V] text AWS returned for `filter ... | diff` (seen in a public test log, 2026-06). */
  diffWithoutPattern: () => "Diff compilation Failed : Diff operation has to be used after Pattern",
  /** [I] modelled on the verified `diff` text. */
  anomalyWithoutPattern: () => "Anomaly compilation Failed : Anomaly operation has to be used after Pattern",
  diffRepeated: () => "Diff compilation Failed : Diff operation can only be used once",
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

/**
 * Output fields of `pattern`: `@pattern`, `@ratio`, `@sampleCount` and `@severityLabel` are documented [D];
 * `@tokens` and `@visualization` are [I] (12.8).
 */
export const PATTERN_OUTPUT_FIELDS = {
  pattern: "@pattern",
  ratio: "@ratio",
  sampleCount: "@sampleCount",
  severityLabel: "@severityLabel",
  tokens: "@tokens",
  visualization: "@visualization",
} as const;

// ---- diff and anomaly (8.3) --------------------------------------------------------------------------------
// AWS documents what they compute, not their output fields: every name and rule below is [I] unless tagged.

/**
 * [I] Fields `diff` appends to the pattern fields: the comparison period's count and ratio, the change of the
 * event count (query period minus comparison period) and a label for the kind of change.
 */
export const DIFF_OUTPUT_FIELDS = {
  previousRatio: "@previousRatio",
  previousSampleCount: "@previousSampleCount",
  diff: "@diff",
  changeType: "@changeType",
} as const;

/** [I] Values of `@changeType`. */
export const DIFF_CHANGE_TYPES = {
  new: "NEW",
  gone: "GONE",
  increased: "INCREASED",
  decreased: "DECREASED",
  unchanged: "UNCHANGED",
} as const;

/** [I] Patterns seen only in the comparison period are listed too (count 0, `@changeType` GONE). */
export const DIFF_INCLUDES_VANISHED_PATTERNS = true;

/** [I] `diff` rows: largest absolute change of the event count first, then larger count, then pattern text. */
export const DIFF_ROW_ORDER: "largest-change-first" | "pattern-order" = "largest-change-first";

/**
 * [D/I] AWS bills a comparison like one query over both periods [D]; recordsScanned and bytesScanned include
 * the comparison period, recordsMatched counts the query period only [I].
 */
export const DIFF_STATISTICS_INCLUDE_COMPARISON = true;

/**
 * [D/I] The comparison period has the query's length [D]; `diff previousMonth` starts one calendar month
 * earlier (the day clamped to the shorter month) [I], or 30 days earlier.
 */
export const PREVIOUS_MONTH_SHIFT: "calendar-month" | "30-days" = "calendar-month";

/** [I] Fields `anomaly` appends to the pattern fields (names after the ListAnomalies `Anomaly` structure). */
export const ANOMALY_OUTPUT_FIELDS = {
  anomalyType: "@anomalyType",
  priority: "@priority",
  description: "@description",
  firstSeen: "@firstSeen",
  lastSeen: "@lastSeen",
} as const;

/** [I] Values of `@anomalyType` (the two documented kinds this engine detects, of five). */
export const ANOMALY_TYPES = { frequency: "PATTERN_FREQUENCY", newPattern: "NEW_PATTERN" } as const;

/** [D] Priority values of the Anomaly structure; [I] rule: see ANOMALY_PRIORITY_RULE. */
export const ANOMALY_PRIORITIES = { high: "HIGH", medium: "MEDIUM", low: "LOW" } as const;

/**
 * [D/I] AWS computes priority from severity labels (FATAL, ERROR), keywords such as `Exception` and the
 * deviation from the baseline [D]. Here [I]: HIGH for ERROR-severity patterns or patterns matching
 * `highKeywords`; MEDIUM for WARN patterns or deviations of at least `mediumScore`; LOW otherwise.
 */
export const ANOMALY_PRIORITY_RULE = {
  highKeywords: /Exception|\bError\b|\bFATAL\b|\bCRITICAL\b/,
  mediumScore: 12,
} as const;

/** [I] `anomaly` outputs only the anomalous patterns (not every pattern with a flag). */
export const ANOMALY_OUTPUT: "anomalies-only" | "all-patterns" = "anomalies-only";

/**
 * [I] Detection (deterministic): each pattern's events are counted per time bucket over the query range
 * (the smallest of `bucketSizesMs` giving at most `maxBuckets` buckets). The baseline is the median bucket
 * count, the spread max(1.4826 x MAD, sqrt(max(baseline, 1))). A bucket is anomalous when its count is at
 * least baseline + `zThreshold` x spread, `minFactor` x baseline and `minBucketEvents`; a pattern is a
 * frequency anomaly when its anomalous buckets hold at least `minEvents` events. A pattern absent from the
 * first `warmupShare` of the buckets, with at least `minEvents` events and `minBucketEvents` in its busiest
 * bucket, is a new pattern. Ranges with fewer than `minBuckets` buckets flag nothing.
 */
export const ANOMALY_DETECTION = {
  bucketSizesMs: [
    60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000,
    43_200_000, 86_400_000,
  ],
  maxBuckets: 60,
  minBuckets: 4,
  zThreshold: 4,
  minFactor: 3,
  minBucketEvents: 3,
  minEvents: 5,
  warmupShare: 0.25,
} as const;

/** [I] Order of `anomaly` rows: priority (HIGH first), then deviation score, then count, then pattern text. */
export const ANOMALY_ROW_ORDER: "priority-then-score" | "pattern-order" = "priority-then-score";

/** [I] Texts of `@description` (`period` is the bucket size, e.g. `1m`; times as `YYYY-MM-DD HH:MM:SS.mmm`). */
export const ANOMALY_DESCRIPTIONS = {
  newPattern: (events: number, from: string, to: string, peak: number, period: string) =>
    `New pattern: ${events} events between ${from} and ${to}, up to ${peak} per ${period}`,
  frequency: (peak: number, baseline: string, period: string, events: number, from: string, to: string) =>
    `Pattern frequency rose to ${peak} per ${period} against a baseline of ${baseline} per ${period} ` +
    `(${events} events between ${from} and ${to})`,
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
