// The SOURCE prefix of a query (API/CLI log group selection, and the form DescribeQueries stores).

import type { SourceClause } from "./ast";
import { Cursor } from "./parser/cursor";
import { parseSource } from "./parser/source";

/** The SOURCE clause at the start of `text`, or null when the query has none. Throws on a malformed clause. */
export function parseSourceClause(text: string): SourceClause | null {
  const c = new Cursor(text);
  if (!c.isKeyword("source")) return null;
  return parseSource(c);
}

/**
 * Log groups a query selects itself: the names of `SOURCE "a", "b"`, and for `SOURCE logGroups(namePrefix:
 * [...])` each prefix followed by `*`. `SOURCE logGroups()` (all groups) gives `["*"]`; no SOURCE gives [].
 */
export function extractSources(text: string): string[] {
  const clause = parseSourceClause(text);
  return clause === null ? [] : sourcesOf(clause);
}

export function sourcesOf(clause: SourceClause): string[] {
  if (!clause.selector) return clause.logGroups.slice();
  if (clause.namePrefixes.length === 0) return ["*"];
  return clause.namePrefixes.map((p) => `${p}*`);
}

/** The query text after the SOURCE clause and its `|` (what the engine executes). */
export function stripSource(text: string): string {
  const clause = parseSourceClause(text);
  if (clause === null) return text;
  const rest = text.slice(clause.end);
  const pipe = rest.indexOf("|");
  return pipe < 0 ? "" : rest.slice(pipe + 1);
}
