import { AGGREGATE_FUNCTIONS } from "./aggregates";
import { ANOMALY_DETECTION_BAND } from "./anomaly";
import { ARRAY_FUNCTIONS } from "./arrays";
import { IF } from "./conditional";
import { DATA_SOURCE_FUNCTIONS } from "./data-sources";
import { DELTA_FUNCTIONS } from "./deltas";
import { FILL } from "./fill";
import { PER_POINT_FUNCTIONS } from "./per-point";
import { TIME_FUNCTIONS } from "./time";
import type { FunctionDef } from "./types";

/** Every metric math function (section 3.3), by upper-case name. */
export const FUNCTIONS: Readonly<Record<string, FunctionDef>> = Object.freeze({
  ...PER_POINT_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...DELTA_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...DATA_SOURCE_FUNCTIONS,
  FILL,
  IF,
  ANOMALY_DETECTION_BAND,
});

export function lookupFunction(name: string): FunctionDef | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

/** Names for editor completion, alphabetical. */
export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS).sort();
