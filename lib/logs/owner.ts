// Who is asking: the history and saved queries are per user. Authentication is being built in parallel; until
// it is wired in here, every request belongs to the anonymous owner (null).

export function requestOwnerId(_request: Request): string | null {
  return null;
}
