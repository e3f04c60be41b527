// nextToken paging shared by every Health list operation. A token names the operation, a fingerprint of the
// request it belongs to (filters and caller, not maxResults) and the offset of the next item; anything else,
// or a token reused with different filters, is an InvalidPaginationToken.
import { hashString } from "@/lib/simulator/demo/hash";
import { invalidPaginationToken } from "./health-errors";

interface TokenPayload {
  v: 1;
  op: string;
  f: number;
  i: number;
}

export interface PageRequest {
  operation: string;
  /** Everything that defines the result list (filters, caller); the token is only valid for the same. */
  scope: unknown;
  nextToken?: string;
  maxResults: number;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

function fingerprint(operation: string, scope: unknown): number {
  return hashString(`${operation}\u0000${JSON.stringify(scope) ?? ""}`);
}

function encode(payload: TokenPayload): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

function decode(token: string): TokenPayload | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { v, op, f, i } = parsed as Record<string, unknown>;
    if (v !== 1 || typeof op !== "string" || typeof f !== "number" || typeof i !== "number") return undefined;
    const payload: TokenPayload = { v, op, f, i };
    // Only canonical tokens: base64 decoding would silently drop characters appended to a real one.
    return encode(payload) === token ? payload : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The start offset a request asks for; throws InvalidPaginationToken for foreign tokens. An offset past the
 * end (the list shrank since the last page) simply yields an empty last page.
 */
export function pageStart(request: PageRequest): number {
  if (request.nextToken === undefined) return 0;
  const payload = decode(request.nextToken);
  const expected = fingerprint(request.operation, request.scope);
  if (
    !payload ||
    payload.op !== request.operation ||
    payload.f !== expected ||
    !Number.isInteger(payload.i) ||
    payload.i < 1
  ) {
    throw invalidPaginationToken();
  }
  return payload.i;
}

export function paginate<T>(items: readonly T[], request: PageRequest): Page<T> {
  const start = Math.min(pageStart(request), items.length);
  const end = Math.min(items.length, start + request.maxResults);
  const page: Page<T> = { items: items.slice(start, end) };
  if (end < items.length) {
    page.nextToken = encode({
      v: 1,
      op: request.operation,
      f: fingerprint(request.operation, request.scope),
      i: end,
    });
  }
  return page;
}
