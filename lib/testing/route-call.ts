// Calls a Next.js route handler the way Next.js does (a Request, and the dynamic segments as a promise), and
// reads the answer, so route tests exercise the handler, its validation and its error mapping end to end.

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export interface RouteAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON body; undefined for an empty body. */
  json: unknown;
}

export async function callRoute(
  handler: RouteHandler,
  options: {
    path?: string;
    method?: string;
    body?: unknown;
    rawBody?: string;
    params?: Record<string, string>;
  } = {},
): Promise<RouteAnswer> {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request(`http://watchwall.test${options.path ?? "/"}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/** The `error` object of an error answer. */
export function errorOf(answer: RouteAnswer): {
  code: string;
  message: string;
  issues?: Array<{ path: string }>;
} {
  const error = (answer.json as { error?: unknown } | undefined)?.error;
  if (typeof error !== "object" || error === null)
    throw new Error(`not an error answer: ${JSON.stringify(answer.json)}`);
  return error as { code: string; message: string; issues?: Array<{ path: string }> };
}
