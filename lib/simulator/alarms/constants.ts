// Limits and inferred choices of the alarm simulator in one place. Every [I] item is a reading of AWS
// behaviour that could not be verified against a recording; change it here.

/** [D] DescribeAlarms / DescribeAlarmHistory page bounds; AlarmNames and DeleteAlarms take at most 100 names. */
export const MAX_RECORDS_LIMIT = 100;
export const MAX_NAMES_PER_CALL = 100;
/** [I] Page size when MaxRecords is omitted (both DescribeAlarms and DescribeAlarmHistory). */
export const DEFAULT_MAX_RECORDS = 50;

/** [D] Model limits of PutMetricAlarm / PutCompositeAlarm members. */
export const MAX_ALARM_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 1024;
export const MAX_ACTIONS_PER_STATE = 5;
export const MAX_ALARM_RULE_LENGTH = 10_240;
export const MAX_RULE_ALARM_REFERENCES = 100;
export const MAX_STATE_REASON_LENGTH = 1023;
export const MAX_STATE_REASON_DATA_LENGTH = 4000;
export const MAX_TAGS = 50;
export const MAX_TAG_KEY_LENGTH = 128;
export const MAX_TAG_VALUE_LENGTH = 256;

/** [V via CloudFormation reports] An alarm takes at most 20 queries, 10 of each kind, exactly one returned. */
export const MAX_ALARM_QUERIES = 20;
export const MAX_ALARM_METRIC_STATS = 10;
export const MAX_ALARM_EXPRESSIONS = 10;

/** [D] EvaluationPeriods × Period may not exceed one day, or seven days when Period is an hour or more. */
export const MAX_EVALUATION_SECONDS = 86_400;
export const MAX_EVALUATION_SECONDS_LONG_PERIOD = 7 * 86_400;
export const LONG_PERIOD_SECONDS = 3600;

/** [D] Alarms per account and Region (older CloudWatch quota; kept so LimitExceeded can be exercised). */
export const MAX_ALARMS_PER_REGION = 5000;

/** [D] CloudWatch keeps alarm history for two weeks. */
export const HISTORY_RETENTION_SECONDS = 14 * 86_400;

/**
 * [I] Evaluation range: AWS retrieves "a higher number of data points than Evaluation Periods" (its worked
 * example: 3 evaluation periods → 5 datapoints). The simulator always looks back this many extra periods.
 */
export const EVALUATION_RANGE_EXTRA_PERIODS = 2;

/** [I] Alarms are evaluated once a minute; high-resolution alarms (Period 10 or 30) once per period. */
export const EVALUATION_INTERVAL_SECONDS = 60;

/** [I] Milliseconds after the minute boundary at which an evaluation is stamped (queryDate, history). */
export const EVALUATION_STAMP_OFFSET_MS = 0;

/** [I] A catch-up evaluates at most this many evaluation times per backend query (bounded memory, exact tiers). */
export const CATCH_UP_CHUNK_EVALUATIONS = 60;

/** [D] Alarms on AWS/DynamoDB metrics always ignore missing data, whatever TreatMissingData says. */
export const ALWAYS_IGNORE_MISSING_NAMESPACES: readonly string[] = ["AWS/DynamoDB"];

/** [V] Reason lists show at most this many datapoints ("The most recent datapoints which crossed…"). */
export const REASON_MAX_LISTED_DATAPOINTS = 5;

/**
 * [I] Reason wording: alarms created with an explicit DatapointsToAlarm get the "M out of the last N
 * datapoints … (minimum M datapoints for OK -> ALARM transition)" form, others the older "N datapoints" form.
 * Both appear in recordings; which one AWS picks is not documented.
 */
export const OUT_OF_FORM_ONLY_WITH_DATAPOINTS_TO_ALARM = true;

/** [I] Anomaly-band training window: the band's spread comes from the residuals of the hours before. */
export const ANOMALY_TRAINING_SECONDS = 3 * 3600;
/** [I] Minimum band spread as a fraction of the typical level (avoids zero-width bands on flat metrics). */
export const ANOMALY_MIN_RELATIVE_SPREAD = 0.02;

/**
 * [I] Demo alarms are created at the start of the previous UTC day, so their history always holds at least
 * a full day of incident transitions and does not depend on when the demo is first opened.
 */
export const DEMO_HISTORY_DAYS = 1;

/** [I] Alarm types DescribeAlarms / DescribeAlarmHistory return when AlarmTypes is omitted. */
export const DEFAULT_ALARM_TYPES: readonly ("MetricAlarm" | "CompositeAlarm")[] = ["MetricAlarm"];
