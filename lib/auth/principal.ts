import crypto from "node:crypto";
import type { Role } from "./roles";

// The caller of a request, as decided by the gate (lib/auth/gate.ts) in the launcher's HTTP server. The gate
// hands it to Next's route handlers and pages in a request header signed with a per-process secret; any
// incoming copy of that header is removed first, so a client cannot forge it.

export interface Scope {
  dashboards: string[];
  playlists: string[];
}

export interface Principal {
  /** "user": a person (session, OIDC or proxy header); "token": an API token; "display": a wall screen;
   *  "anonymous": anonymous viewing of chosen dashboards. */
  kind: "user" | "token" | "display" | "anonymous";
  /** User id, token id or display session id; null for anonymous. */
  id: string | null;
  /** The user's email, the token's or screen's name: what audit logs and version history show. */
  name: string;
  role: Role;
  /** Set for principals limited to chosen dashboards and playlists (displays, anonymous viewers). */
  scope?: Scope;
  /** The session the principal came from, if any (for log out). */
  sessionId?: string;
  userId?: string;
}

export const CONTEXT_HEADER = "x-watchwall-context";
const SECRET_KEY = Symbol.for("watchwall.auth.principal-secret");

function secret(): Buffer {
  const holder = globalThis as { [SECRET_KEY]?: Buffer };
  holder[SECRET_KEY] ??= crypto.randomBytes(32);
  return holder[SECRET_KEY];
}

function sign(payload: string): string {
  return crypto.createHmac("sha256", secret()).update(payload).digest("base64url");
}

/** What the gate tells route handlers about a request: the caller and the client's address. */
export interface RequestContext {
  principal: Principal | null;
  address: string;
}

export function encodeContext(context: RequestContext): string {
  const payload = Buffer.from(JSON.stringify(context)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function decodeContext(value: string | null | undefined): RequestContext | null {
  if (!value) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as RequestContext;
  } catch {
    return null;
  }
}

export function displayName(principal: Principal | null): string {
  if (!principal) return "anonymous";
  if (principal.kind === "token") return `token:${principal.name}`;
  if (principal.kind === "display") return `display:${principal.name}`;
  return principal.name;
}
