import { NextResponse } from "next/server";
import type { z } from "zod";
import { HttpError, toHttpError, type Issue } from "@/lib/http/error-mapping";

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

export async function parseBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON");
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

export function errorResponse(error: unknown): NextResponse {
  const mapped = toHttpError(error);
  if (mapped) {
    const extra = mapped.issues ? { ...mapped.extra, issues: mapped.issues } : mapped.extra;
    return body(mapped.status, mapped.code, mapped.message, extra);
  }
  console.error("[watchwall] unhandled error in a route handler:", error);
  return body(500, "internal", "Something went wrong on the server; details are in its log.");
}

/** What a route accepts; each part absent is not read (and arrives as undefined). */
export interface RouteSpec<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
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
      try {
        return await specOrHandler(...args);
      } catch (error) {
        return errorResponse(error);
      }
    };
  }
  const spec = specOrHandler;
  const run = handler;
  if (!run) throw new Error("route(spec, handler): the handler is missing");
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const params = (spec.params ? parseParams((await context?.params) ?? {}, spec.params) : undefined) as P;
      const query = (
        spec.query ? parseParams(new URL(request.url).searchParams, spec.query) : undefined
      ) as Q;
      const body = (spec.body ? await parseBody(request, spec.body) : undefined) as B;
      return await run({ request, params, query, body });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
