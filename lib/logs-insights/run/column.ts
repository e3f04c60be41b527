import type { Getter, Row } from "../expressions/row";
import type { Kind } from "../types";

/** An output column: its name in GetQueryResults and how to read it from a final row. */
export interface Column {
  name: string;
  get: Getter;
  kind: Kind;
}

/** Something that consumes rows and produces aggregated rows (stats, pattern). */
export interface Aggregator {
  add(row: Row): void;
  /** Aggregated rows so far; may be called repeatedly. */
  finalize(): Row[];
}

/** What a table step may need from its run besides the rows. */
export interface StepContext {
  /** Final rows of the comparison period (`diff`), computed on demand. */
  comparisonRows(): Row[];
}
