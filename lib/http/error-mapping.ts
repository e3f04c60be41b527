// How an error becomes an HTTP answer. Each domain registers its own errors next to where it defines them
// (an error can only be thrown once its module is loaded, so its mapping is always known by then); the route
// layer asks here and knows no domain.

export interface Issue {
  path: string;
  message: string;
}

/** An error with its HTTP answer attached; domains map their errors to one, routes may throw one directly. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    /** Extra fields of the error body (e.g. `current` on a conflict, `failure` for AWS). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, "not_found", message);
  }
}

/** Returns the HTTP answer for errors it knows, undefined for the rest. */
export type ErrorMapper = (error: unknown) => HttpError | undefined;

const mappers = new Map<string, ErrorMapper>();
const fallbacks = new Map<string, ErrorMapper>();

/**
 * Registers (or replaces) a domain's mapping; `domain` keeps re-registration idempotent. A fallback (e.g.
 * "anything the AWS SDK threw") is asked only after every specific mapping declined.
 */
export function registerErrorMapper(
  domain: string,
  mapper: ErrorMapper,
  options: { fallback?: boolean } = {},
): void {
  (options.fallback ? fallbacks : mappers).set(domain, mapper);
}

/** The HTTP answer for an error, or undefined when no domain claims it (a bug: the caller answers 500). */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  for (const mapper of [...mappers.values(), ...fallbacks.values()]) {
    const mapped = mapper(error);
    if (mapped) return mapped;
  }
  return undefined;
}
