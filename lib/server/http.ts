import { NextResponse } from "next/server";
import type { z } from "zod";
import { AccountConflictError, ReadOnlyAccountError } from "@/lib/accounts/repository";
import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";
import { redactIdentity } from "@/lib/auth/redact";
import { UserConflictError } from "@/lib/auth/users";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import { UnknownAccountError } from "@/lib/aws/metric-data";
import { findUnstorableValue } from "./json-guard";
import { MAX_JSON_DEPTH, SMALL_BODY_LIMIT } from "./body-limits";
import {
  DashboardConflictError,
  DashboardNotFoundError,
  InvalidDashboardError,
} from "@/lib/dashboards/repository";

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

function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `The request body is larger than this route accepts (${limit.toLocaleString("en-US")} bytes)`,
  );
}

/** The body's bytes, refused with 413 as soon as they exceed `limit` (declared length first, then as read). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function parseBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  limit: number = SMALL_BODY_LIMIT,
): Promise<T> {
  const bytes = await readLimited(request, limit);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : " (it is not UTF-8)";
    throw new HttpError(400, "invalid_json", `The request body is not valid JSON${detail}`);
  }
  const unsafe = findUnstorableValue(json, MAX_JSON_DEPTH);
  if (unsafe) {
    throw new HttpError(400, "invalid_request", `${unsafe.path || "body"}: ${unsafe.message}`, [unsafe]);
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

function callerIsAdmin(request: unknown): boolean {
  if (!(request instanceof Request)) return false;
  const principal = decodeContext(request.headers.get(CONTEXT_HEADER))?.principal;
  return principal?.role === "admin" && !principal.scope;
}

export function errorResponse(error: unknown, request?: unknown): NextResponse {
  if (error instanceof HttpError)
    return body(error.status, error.code, error.message, error.issues ? { issues: error.issues } : {});
  if (error instanceof DashboardNotFoundError) return body(404, "not_found", error.message);
  if (error instanceof DashboardConflictError) {
    return body(409, "conflict", error.message, { current: error.current });
  }
  if (error instanceof InvalidDashboardError)
    return body(400, "invalid_dashboard", error.message, { issues: error.issues });
  if (error instanceof AccountConflictError) return body(409, "conflict", error.message);
  if (error instanceof UserConflictError) return body(409, "conflict", error.message);
  if (error instanceof ReadOnlyAccountError) return body(403, "read_only_account", error.message);
  if (error instanceof UnknownAccountError) return body(400, "unknown_account", error.message);
  const classified = classifyAwsError(error);
  if (classified.kind !== "unknown") {
    // AWS's texts can name the server's own IAM identity: only Admins see it.
    const failure = callerIsAdmin(request)
      ? classified
      : { ...classified, message: redactIdentity(classified.message) };
    return body(502, `aws_${failure.kind}`, describeFailure(failure), { failure });
  }
  console.error("[watchwall] unhandled error in a route handler:", error);
  return body(500, "internal", "Something went wrong on the server; details are in its log.");
}

/** Wraps a route handler so every thrown error is mapped by errorResponse. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, args[0]);
    }
  };
}
