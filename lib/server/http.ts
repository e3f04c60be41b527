import { NextResponse } from "next/server";
import type { z } from "zod";
import { AccountConflictError, ReadOnlyAccountError } from "@/lib/accounts/repository";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import { UnknownAccountError } from "@/lib/aws/metric-data";
import {
  DashboardConflictError,
  DashboardNotFoundError,
  InvalidDashboardError,
} from "@/lib/dashboards/repository";
import { httpSeconds } from "@/lib/telemetry/metrics";
import { isDatabaseUnavailable } from "./database-errors";
import { routeLabel } from "@/lib/telemetry/route-label";

// Route handlers parse their input here and throw; this is the one place errors become HTTP responses, all
// shaped { error: { code, message, issues?, current? } }.

export interface Issue {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
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

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export async function parseBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    throw new HttpError(
      400,
      "invalid_request",
      issues.map((i) => `${i.path || "body"}: ${i.message}`).join("; "),
      issues,
    );
  }
  return parsed.data;
}

export function parseParams<T>(params: URLSearchParams | Record<string, unknown>, schema: z.ZodType<T>): T {
  const input = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    throw new HttpError(
      400,
      "invalid_request",
      issues.map((i) => `${i.path}: ${i.message}`).join("; "),
      issues,
    );
  }
  return parsed.data;
}

function body(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json(
    { error: { code, message, ...extra } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError)
    return body(error.status, error.code, error.message, error.issues ? { issues: error.issues } : {});
  if (error instanceof DashboardNotFoundError) return body(404, "not_found", error.message);
  if (error instanceof DashboardConflictError) {
    return body(409, "conflict", error.message, { current: error.current });
  }
  if (error instanceof InvalidDashboardError)
    return body(400, "invalid_dashboard", error.message, { issues: error.issues });
  if (error instanceof AccountConflictError) return body(409, "conflict", error.message);
  if (error instanceof ReadOnlyAccountError) return body(403, "read_only_account", error.message);
  if (error instanceof UnknownAccountError) return body(400, "unknown_account", error.message);
  if (isDatabaseUnavailable(error)) {
    return body(503, "database_unavailable", "The database cannot be reached right now; try again shortly.");
  }
  const failure = classifyAwsError(error);
  if (failure.kind !== "unknown")
    return body(502, `aws_${failure.kind}`, describeFailure(failure), { failure });
  console.error("[watchwall] unhandled error in a route handler:", error);
  return body(500, "internal", "Something went wrong on the server; details are in its log.");
}

/** Wraps a route handler so every thrown error is mapped by errorResponse, and its latency is measured. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(...args);
    } catch (error) {
      response = errorResponse(error);
    }
    const request = args[0];
    if (request instanceof Request) {
      httpSeconds.observe(
        {
          route: routeLabel(new URL(request.url).pathname),
          method: request.method,
          status: String(response.status),
        },
        (performance.now() - started) / 1000,
      );
    }
    return response;
  };
}
