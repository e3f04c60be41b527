// Errors that mean "the database cannot be reached right now" (it restarts, the network is down, the pool
// is exhausted), told apart from bugs so a route answers 503 and the health check gives a short reason.

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNAVAILABLE_TEXT =
  /can't reach database server|connection terminated|ECONNREFUSED|ECONNRESET|server closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection|Unable to start a transaction|timed out fetching a new connection|not queryable|`57P0[1-3]`|`0800[1-6]`/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  return (
    UNAVAILABLE_TEXT.test(error.message) ||
    (error.cause instanceof Error && isDatabaseUnavailable(error.cause))
  );
}

/** The last line of a Prisma error (its message starts with the invocation that failed). */
export function shortDatabaseError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.at(-1) ?? text;
}
