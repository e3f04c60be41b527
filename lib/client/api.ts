// The browser's one way to call Watchwall's API: JSON in, JSON out, and every failure an ApiError carrying
// the server's code, message and field issues so the UI can show them where they belong.

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

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
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
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
