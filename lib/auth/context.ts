import { headers } from "next/headers";
import { HttpError } from "@/lib/http/error-mapping";
import { CONTEXT_HEADER, decodeContext, type Principal, type RequestContext } from "./principal";
import { atLeast, type Role } from "./roles";

// How route handlers and server components learn who is calling: the context the gate signed into the
// request. A request that did not pass through the gate has none and is refused (fail closed).

export function contextOf(request: Request): RequestContext {
  const context = decodeContext(request.headers.get(CONTEXT_HEADER));
  if (!context) throw new HttpError(401, "unauthenticated", "Sign in to use Watchwall");
  return context;
}

/** The signed-in caller of a route handler; 401 when there is none. */
export function principalOf(request: Request): Principal {
  const principal = contextOf(request).principal;
  if (!principal) throw new HttpError(401, "unauthenticated", "Sign in to use Watchwall");
  return principal;
}

/** For server components and route handlers without the Request at hand. Null when anonymous. */
export async function getPrincipal(): Promise<Principal | null> {
  return decodeContext((await headers()).get(CONTEXT_HEADER))?.principal ?? null;
}

export function requireRole(principal: Principal, minimum: Role): void {
  if (principal.scope || !atLeast(principal.role, minimum))
    throw new HttpError(403, "forbidden", `This needs the ${minimum} role`);
}

/** The name recorded as author of a dashboard version or in the audit log. */
export function authorName(principal: Principal | null): string {
  if (!principal) return "";
  return principal.kind === "token" ? `token:${principal.name}` : principal.name;
}

/** The author to record for what this request saves (empty when it did not pass the gate). */
export function authorOf(request: Request): string {
  return authorName(decodeContext(request.headers.get(CONTEXT_HEADER))?.principal ?? null);
}
