import { LogsQuerySyntaxError, LogsQueryUnsupportedError } from "./errors";
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

/**
 * Checks a query as StartQuery would (syntax, functions, regexes, field rules) without running it. Commands
 * this engine cannot execute (`diff`, `anomaly`) are valid queries and pass.
 */
export function validateQuery(text: string): QueryValidation {
  try {
    const q = parseQuery(text);
    const sources = q.source === null ? [] : sourcesOf(q.source);
    try {
      const compiled = compileQuery(q, { now: 0 });
      return { ok: true, sources, aggregated: compiled.aggregated };
    } catch (err) {
      if (err instanceof LogsQueryUnsupportedError) {
        return {
          ok: true,
          sources,
          aggregated: q.commands.some((c) => c.kind === "stats" || c.kind === "pattern"),
        };
      }
      throw err;
    }
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
