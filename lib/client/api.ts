import type { z } from "zod";

// The browser's one way to call Watchwall's API: JSON in, JSON out checked against the route's contract
// (lib/contracts), and every failure an ApiError carrying the server's code, message and field issues so the
// UI can show them where they belong.

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function failure(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiError(
      response.status,
      "http_error",
      `The server answered ${response.status} ${response.statusText}`,
    );
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const { code, message, issues, ...details } = error;
  return new ApiError(
    response.status,
    typeof code === "string" ? code : "http_error",
    typeof message === "string" ? message : `The server answered ${response.status}`,
    Array.isArray(issues)
      ? issues.filter((i): i is ApiIssue => isRecord(i) && typeof i.message === "string")
      : [],
    details,
  );
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** An answer that does not match its contract is an error, never data: a wrong number is worse than none. */
function contractViolation(path: string, error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const first = issues[0];
  return new ApiError(
    0,
    "invalid_response",
    `The server's answer to ${path} does not match its contract${first ? ` (${first.path || "body"}: ${first.message})` : ""}`,
    issues,
  );
}

/** Calls the API and returns its answer parsed by `schema` (the response contract of the route). */
export async function api<S extends z.ZodType>(
  path: string,
  schema: S,
  init: ApiInit = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "Cannot reach the Watchwall server");
  }
  if (!response.ok) throw await failure(response);
  let json: unknown;
  try {
    json = response.status === 204 ? undefined : await response.json();
  } catch {
    throw new ApiError(response.status, "invalid_response", `The server's answer to ${path} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw contractViolation(path, parsed.error);
  return parsed.data;
}
