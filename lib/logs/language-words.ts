import { AGGREGATE_NAMES, SCALAR_FUNCTIONS } from "@/lib/logs-insights/functions/registry";

// The Logs Insights vocabulary the editor highlights and completes, taken from the shared engine so the editor
// offers exactly what the engine (and so StartQuery) accepts.

export const COMMANDS = [
  "fields",
  "display",
  "filter",
  "stats",
  "sort",
  "limit",
  "parse",
  "dedup",
  "unmask",
  "pattern",
  "diff",
  "anomaly",
  "filterIndex",
  "fillMissing",
  "SOURCE",
] as const;

export const KEYWORDS = [
  "as",
  "by",
  "and",
  "or",
  "not",
  "like",
  "in",
  "asc",
  "desc",
  "with",
  "previousDay",
  "previousWeek",
  "previousMonth",
] as const;

export const SYSTEM_FIELDS = [
  "@timestamp",
  "@message",
  "@logStream",
  "@log",
  "@ingestionTime",
  "@ptr",
] as const;

export const SCALAR_FUNCTION_NAMES: readonly string[] = Object.keys(SCALAR_FUNCTIONS).sort();
export const AGGREGATE_FUNCTION_NAMES: readonly string[] = [...AGGREGATE_NAMES].sort();

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
export const COMMAND_SET = lower(COMMANDS);
export const KEYWORD_SET = lower(KEYWORDS);
export const FUNCTION_SET = new Set([...SCALAR_FUNCTION_NAMES, ...AGGREGATE_FUNCTION_NAMES]);
