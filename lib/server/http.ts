import { NextResponse } from "next/server";
import type { z } from "zod";
import { CONTEXT_HEADER, decodeContext } from "@/lib/auth/principal";
import { redactIdentity } from "@/lib/auth/redact";
import { HttpError, toHttpError, type Issue } from "@/lib/http/error-mapping";
import { findUnstorableValue } from "./json-guard";
import { BodyMemo } from "./body-memo";
import { MAX_JSON_DEPTH, SMALL_BODY_LIMIT } from "./body-limits";
import { httpSeconds } from "@/lib/telemetry/metrics";
import { routeLabel } from "@/lib/telemetry/route-label";
import { isDatabaseUnavailable } from "./database-errors";

// Route handlers declare what they accept (path params, query string, JSON body) as zod schemas; this
// parses it, calls the handler, and is the one place any thrown error becomes an HTTP response, shaped
// { error: { code, message, issues?, ...extra } }. Domains register how their errors map
// (lib/http/error-mapping.ts); nothing here knows them.

export { HttpError, NotFoundError, type Issue } from "@/lib/http/error-mapping";

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

function invalid(error: z.ZodError, where: string): HttpError {
  const issues = issuesOf(error);
  return new HttpError(
    400,
    "invalid_request",
    issues.map((i) => `${i.path || where}: ${i.message}`).join("; "),
    issues,
  );
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

/** The body read, parsed and validated; with a memo, bytes seen before are not validated again (body-memo.ts). */
export async function parseBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  limit: number = SMALL_BODY_LIMIT,
  memo?: BodyMemo<T>,
): Promise<T> {
  const bytes = await readLimited(request, limit);
  return memo ? memo.valueOf(bytes, () => validBody(bytes, schema)) : validBody(bytes, schema);
}

function validBody<T>(bytes: Uint8Array, schema: z.ZodType<T>): T {
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
  if (!parsed.success) throw invalid(parsed.error, "body");
  return parsed.data;
}

export function parseParams<T>(params: URLSearchParams | Record<string, unknown>, schema: z.ZodType<T>): T {
  const input = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, "params");
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

/**
 * AWS's texts (a mapped AWS failure carries `failure` in its extra fields) can name the server's own IAM
 * identity: only Admins see it; everyone else gets the message and the failure with the identity replaced.
 */
function redactedFor(
  mapped: HttpError,
  request: unknown,
): { message: string; extra: Record<string, unknown> } {
  if (!("failure" in mapped.extra) || callerIsAdmin(request))
    return { message: mapped.message, extra: mapped.extra };
  const failure = mapped.extra.failure;
  const redactedFailure =
    failure && typeof failure === "object" && typeof (failure as { message?: unknown }).message === "string"
      ? { ...failure, message: redactIdentity((failure as { message: string }).message) }
      : failure;
  return { message: redactIdentity(mapped.message), extra: { ...mapped.extra, failure: redactedFailure } };
}

export function errorResponse(error: unknown, request?: unknown): NextResponse {
  const mapped = toHttpError(error);
  if (mapped) {
    const { message, extra } = redactedFor(mapped, request);
    return body(
      mapped.status,
      mapped.code,
      message,
      mapped.issues ? { ...extra, issues: mapped.issues } : extra,
    );
  }
  if (isDatabaseUnavailable(error)) {
    return body(503, "database_unavailable", "The database cannot be reached right now; try again shortly.");
  }
  console.error("[watchwall] unhandled error in a route handler:", error);
  return body(500, "internal", "Something went wrong on the server; details are in its log.");
}

/** What a route accepts; each part absent is not read (and arrives as undefined). */
export interface RouteSpec<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The most bytes the body may have (413 beyond it, before parsing); defaults to SMALL_BODY_LIMIT. */
  bodyLimit?: number;
  /**
   * Validate byte-identical bodies once (body-memo.ts): for routes that many clients call with the same body
   * (every screen of a dashboard). The handler then gets a deeply frozen body, shared with other requests.
   */
  memoizeBody?: boolean;
}

export interface RouteInput<P, Q, B> {
  request: Request;
  params: P;
  query: Q;
  body: B;
}

/** Next.js's second handler argument; params are absent on routes without dynamic segments. */
export interface RouteContext {
  params?: Promise<Record<string, string | string[] | undefined>>;
}

type Handler<P, Q, B> = (input: RouteInput<P, Q, B>) => Promise<Response>;

/**
 * Wraps a route handler: validates params, query and body with the route's schemas (400 naming the field),
 * then maps every thrown error in one place. The older form `route(handler)` only maps errors.
 */
export function route<P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<P, Q, B>,
  handler: Handler<P, Q, B>,
): (request: Request, context?: RouteContext) => Promise<Response>;
export function route<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response>;
export function route<P, Q, B, Args extends unknown[]>(
  specOrHandler: RouteSpec<P, Q, B> | ((...args: Args) => Promise<Response>),
  handler?: Handler<P, Q, B>,
) {
  if (typeof specOrHandler === "function") {
    return async (...args: Args): Promise<Response> => {
      const started = performance.now();
      let response: Response;
      try {
        response = await specOrHandler(...args);
      } catch (error) {
        response = errorResponse(error, args[0]);
      }
      return observed(args[0], started, response);
    };
  }
  const spec = specOrHandler;
  const run = handler;
  if (!run) throw new Error("route(spec, handler): the handler is missing");
  const memo = spec.body && spec.memoizeBody ? new BodyMemo<B>() : undefined;
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const started = performance.now();
    let response: Response;
    try {
      const params = (spec.params ? parseParams((await context?.params) ?? {}, spec.params) : undefined) as P;
      const query = (
        spec.query ? parseParams(new URL(request.url).searchParams, spec.query) : undefined
      ) as Q;
      const body = (spec.body ? await parseBody(request, spec.body, spec.bodyLimit, memo) : undefined) as B;
      response = await run({ request, params, query, body });
    } catch (error) {
      response = errorResponse(error, request);
    }
    return observed(request, started, response);
  };
}

/** Records the request's latency by route template, method and status (Prometheus, /metrics). */
function observed(request: unknown, started: number, response: Response): Response {
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
}
