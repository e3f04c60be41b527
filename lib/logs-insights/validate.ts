import { LogsQuerySyntaxError } from "./errors";
import { parseQuery } from "./parser";
import { compileQuery } from "./run/compile-query";
import { sourcesOf } from "./sources";

export interface QueryValidationError {
  message: string;
  startCharOffset: number;
  endCharOffset: number;
}

export type QueryValidation =
  { ok: true; sources: string[]; aggregated: boolean } | { ok: false; error: QueryValidationError };

/** Checks a query as StartQuery would (syntax, functions, regexes, field rules) without running it. */
export function validateQuery(text: string): QueryValidation {
  try {
    const q = parseQuery(text);
    const sources = q.source === null ? [] : sourcesOf(q.source);
    const compiled = compileQuery(q, { now: 0 });
    return { ok: true, sources, aggregated: compiled.aggregated };
  } catch (err) {
    if (err instanceof LogsQuerySyntaxError) {
      return {
        ok: false,
        error: {
          message: err.message,
          startCharOffset: err.startCharOffset,
          endCharOffset: err.endCharOffset,
        },
      };
    }
    throw err;
  }
}
