// A CloudWatch log widget keeps its log groups inside the query text: "SOURCE 'a' | SOURCE 'b' | fields ...".

export interface LogWidgetQuery {
  /** Log group names (or ARNs) from the leading SOURCE clauses, in order. */
  logGroups: string[];
  /** The query after the SOURCE clauses. */
  body: string;
}

const SOURCE_CLAUSE = /^\s*SOURCE\s+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(?:\||$)/i;

export function parseLogWidgetQuery(query: string): LogWidgetQuery {
  const logGroups: string[] = [];
  let rest = query;
  for (;;) {
    const match = SOURCE_CLAUSE.exec(rest);
    if (!match) break;
    logGroups.push((match[1] ?? match[2] ?? "").replace(/\\(.)/g, "$1"));
    rest = rest.slice(match[0].length);
  }
  return { logGroups, body: rest.trim() };
}

/** The inverse for edits made in Watchwall: "SOURCE 'a' | SOURCE 'b' | <body>". */
export function buildLogWidgetQuery(logGroups: readonly string[], body: string): string {
  const sources = logGroups.map((group) => `SOURCE '${group.replace(/(['\\])/g, "\\$1")}'`);
  return [...sources, body.trim()].filter((part) => part !== "").join(" | ");
}
