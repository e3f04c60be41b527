import type { FunctionDef } from "../expressions/compiled";
import { DATETIME_FUNCTIONS } from "./datetime";
import { GENERAL_FUNCTIONS, JSON_FUNCTIONS } from "./general";
import { IP_FUNCTIONS } from "./ip";
import { NUMERIC_FUNCTIONS } from "./numeric";
import { STRING_FUNCTIONS } from "./string";

/** Scalar functions by lower-cased name (function names are case-insensitive). */
export const SCALAR_FUNCTIONS: Readonly<Record<string, FunctionDef>> = {
  ...NUMERIC_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...DATETIME_FUNCTIONS,
  ...GENERAL_FUNCTIONS,
  ...IP_FUNCTIONS,
  ...JSON_FUNCTIONS,
};

/** Aggregation and "pick" functions, valid only inside stats. */
export const AGGREGATE_NAMES: ReadonlySet<string> = new Set([
  "avg",
  "count",
  "count_distinct",
  "max",
  "min",
  "pct",
  "percentile",
  "stddev",
  "sum",
  "earliest",
  "latest",
  "sortsfirst",
  "sortslast",
]);

export function isAggregateName(name: string): boolean {
  return AGGREGATE_NAMES.has(name.toLowerCase());
}
