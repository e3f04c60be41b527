import type { IncomingMessage, ServerResponse } from "node:http";
import net from "node:net";
import { db } from "@/lib/db/client";
import { resolveApiToken } from "./api-tokens";
import { recordAudit } from "./audit";
import type { AuthConfig } from "./config";
import { CONTEXT_HEADER, encodeContext, type Principal } from "./principal";
import { matchRoute, ruleFor, type Match, type Rule } from "./route-policy";
import { atLeast, isUserRole, type UserRole } from "./roles";
import { playlistsContain } from "./scope";
import { contentSecurityPolicy, cspNonce, securityHeaders } from "./security-headers";
import { resolveSession, SESSION_COOKIE } from "./sessions";

/** No app route lives here (the route enumeration test checks): Next answers it with the 404 page. */
export const UNROUTED_PAGE_PATH = "/_watchwall/not-found";

// The one enforcement point: the launcher's HTTP server passes every request through here before Next sees
// it. In order: security headers (with a fresh CSP script nonce), Host allow-list (DNS rebinding), who is
// calling (bearer token, trusted proxy header, session cookie, anonymous viewing), cross-site request rules,
// and the route policy table.

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type Next = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface GateOptions {
  config: AuthConfig;
}

function send(res: ServerResponse, status: number, code: string, message: string, extra: object = {}) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify({ error: { code, message, ...extra } }));
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.statusCode = status;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(text);
}

function redirect(res: ServerResponse, location: string) {
  res.statusCode = 303;
  res.setHeader("location", location);
  res.setHeader("cache-control", "no-store");
  res.end();
}

export function hostAllowed(hostHeader: string | undefined, config: AuthConfig): boolean {
  if (!hostHeader) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  const bare = hostname.replace(/^\[|\]$/g, "");
  // DNS rebinding needs a name the attacker controls; an address literal is never one.
  if (net.isIP(bare)) return true;
  return config.allowedHosts.has(hostname);
}

/** Splits and decodes the path like Next's router does; null when it cannot be decoded. */
export function pathSegments(rawUrl: string): string[] | null {
  const pathname = rawUrl.split("?")[0]?.split("#")[0] ?? "/";
  const parts: string[] = [];
  for (const raw of pathname.split("/")) {
    if (!raw) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (decoded === "." || decoded === ".." || decoded.includes("/") || decoded.includes("\\")) return null;
    parts.push(decoded);
  }
  return parts;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

function trustedList(ranges: string[]): net.BlockList {
  const list = new net.BlockList();
  for (const range of ranges) {
    const [address = "", bits] = range.split("/");
    const type = net.isIPv6(address) ? "ipv6" : "ipv4";
    if (bits) list.addSubnet(address, Number(bits), type);
    else list.addAddress(address, type);
  }
  return list;
}

function isTrusted(list: net.BlockList, address: string): boolean {
  if (!address) return false;
  return list.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}

/** Next reads req.headers; a header removed there never reaches a route. */
function removeHeader(req: IncomingMessage, name: string): void {
  Reflect.deleteProperty(req.headers, name);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function proxyPrincipal(email: string, requestedRole: UserRole | undefined, fallback: UserRole) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || normalized.length > 320) return null;
  let user = await db().user.findUnique({ where: { email: normalized } });
  if (!user) {
    const created = await db()
      .user.create({ data: { email: normalized, role: requestedRole ?? fallback, source: "proxy" } })
      .catch(() => null);
    if (created)
      await recordAudit({
        action: "user_created",
        actor: "proxy",
        targetType: "user",
        targetId: created.id,
        detail: { email: created.email, role: created.role, via: "trusted proxy header" },
      });
    user = created ?? (await db().user.findUnique({ where: { email: normalized } }));
  } else if (requestedRole && user.role !== requestedRole) {
    user = await db().user.update({ where: { id: user.id }, data: { role: requestedRole } });
  }
  if (!user || user.disabledAt) return null;
  const principal: Principal = {
    kind: "user",
    id: user.id,
    userId: user.id,
    name: user.email,
    role: user.role as UserRole,
  };
  return principal;
}

/** Same origin: the Origin header names this server (its Host, or the public URL); without Origin, the
 *  browser's Sec-Fetch-Site must say same-origin. Non-browser clients use bearer tokens. */
export function sameOrigin(req: IncomingMessage, config: AuthConfig): boolean {
  const origin = header(req, "origin");
  if (origin) {
    if (origin === "null") return false;
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return false;
    }
    if (config.publicUrl && host === config.publicUrl.host.toLowerCase()) return true;
    return host === (header(req, "host") ?? "").toLowerCase();
  }
  return header(req, "sec-fetch-site") === "same-origin";
}

async function allowedFor(principal: Principal, rule: Rule, match: Match): Promise<boolean> {
  if (rule.min === "public") return true;
  if (principal.scope) {
    if (!rule.display) return false;
    if (rule.display === "dashboard") {
      const id = match.params.id ?? "";
      return principal.scope.dashboards.includes(id) || playlistsContain(principal.scope.playlists, id);
    }
    if (rule.display === "playlist") return principal.scope.playlists.includes(match.params.id ?? "");
    return true;
  }
  return atLeast(principal.role, rule.min);
}

export function createGate({ config }: GateOptions) {
  const trusted = config.proxy ? trustedList(config.proxy.trusted) : null;
  const headers = Object.entries(securityHeaders(config)).filter(([, v]) => v);

  return async function gate(req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> {
    for (const [name, value] of headers) res.setHeader(name, value);
    // A fresh script nonce per response. The same policy goes on the request, replacing any the client sent:
    // Next takes the nonce for its inline scripts from there (lib/auth/security-headers.ts).
    const csp = contentSecurityPolicy(config, cspNonce());
    res.setHeader("content-security-policy", csp);
    req.headers["content-security-policy"] = csp;
    removeHeader(req, "content-security-policy-report-only");
    // Nobody outside may speak for the gate.
    removeHeader(req, CONTEXT_HEADER);

    if (!hostAllowed(header(req, "host"), config)) {
      sendText(
        res,
        421,
        "This host name is not allowed. Set WATCHWALL_PUBLIC_URL or WATCHWALL_ALLOWED_HOSTS.",
      );
      return;
    }
    const url = req.url ?? "/";
    const parts = pathSegments(url);
    if (!parts) return send(res, 400, "bad_path", "The request path cannot be decoded");
    const method = (req.method ?? "GET").toUpperCase();
    const match = matchRoute(parts);
    const rule = match ? ruleFor(match.entry, method) : null;
    const isApi = parts[0] === "api" || parts[0] === "metrics";

    if (match?.entry.kind === "asset" && rule) return next(req, res);

    const address = clientAddress(req);
    let principal: Principal | null = null;
    let revokedDisplay = false;
    let bearer = false;

    const authorization = header(req, "authorization");
    if (authorization?.toLowerCase().startsWith("bearer ")) {
      bearer = true;
      principal = await resolveApiToken(authorization.slice(7).trim());
      if (!principal) return send(res, 401, "invalid_token", "The API token is unknown, revoked or expired");
    } else if (authorization) {
      return send(res, 401, "unsupported_authorization", "Use Authorization: Bearer <token>");
    }

    if (config.proxy) {
      const proxyUser = header(req, config.proxy.userHeader);
      const proxyRole = config.proxy.roleHeader ? header(req, config.proxy.roleHeader) : undefined;
      const fromProxy = trusted && isTrusted(trusted, address);
      if (!principal && proxyUser && fromProxy) {
        principal = await proxyPrincipal(
          proxyUser,
          isUserRole(proxyRole) ? proxyRole : undefined,
          config.proxy.defaultRole,
        );
      }
      if (!fromProxy) {
        removeHeader(req, config.proxy.userHeader);
        if (config.proxy.roleHeader) removeHeader(req, config.proxy.roleHeader);
      }
    }

    if (!principal && !bearer) {
      const token = cookieValue(header(req, "cookie"), SESSION_COOKIE);
      if (token) {
        const lookup = await resolveSession(token);
        if (lookup.status === "valid") principal = lookup.principal;
        else if (lookup.status === "revoked_display") revokedDisplay = true;
      }
    }

    if (!principal && !revokedDisplay && config.anonymousDashboards) {
      principal = {
        kind: "anonymous",
        id: null,
        name: "anonymous",
        role: "viewer",
        scope: { dashboards: config.anonymousDashboards, playlists: [] },
      };
    }

    if (STATE_CHANGING.has(method)) {
      if (!bearer && !sameOrigin(req, config))
        return send(
          res,
          403,
          "cross_site_request",
          "State-changing requests must come from Watchwall's own pages",
        );
      const length = header(req, "content-length");
      const hasBody =
        (length !== undefined && length !== "0") || header(req, "transfer-encoding") !== undefined;
      const type = (header(req, "content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (hasBody && type !== "application/json")
        return send(
          res,
          415,
          "unsupported_media_type",
          "Request bodies must be JSON (Content-Type: application/json)",
        );
    }

    if (!match || !rule) {
      if (!principal) return refuseAnonymous(res, isApi, url, revokedDisplay);
      if (match) return send(res, 405, "method_not_allowed", `${method} is not allowed here`);
      if (isApi || (method !== "GET" && method !== "HEAD"))
        return send(res, 404, "not_found", "No such route");
      // A signed-in person who mistypes an address gets the app's own 404 page: the request goes on to a fixed
      // path no route serves, so Next renders app/not-found.tsx — never a page the policy table does not list.
      req.url = UNROUTED_PAGE_PATH;
      req.headers[CONTEXT_HEADER] = encodeContext({ principal, address });
      return next(req, res);
    }

    if (rule.min !== "public") {
      if (!principal) return refuseAnonymous(res, isApi, url, revokedDisplay);
      if (rule.bearerOnly && !bearer)
        return send(res, 401, "bearer_required", "This endpoint needs an API token (Authorization: Bearer)");
      if (!(await allowedFor(principal, rule, match))) {
        return isApi || match.entry.kind !== "page"
          ? send(res, 403, "forbidden", "Your role does not allow this")
          : sendText(res, 403, "Your role does not allow this page.");
      }
    }

    req.headers[CONTEXT_HEADER] = encodeContext({ principal, address });
    return next(req, res);
  };
}

function refuseAnonymous(res: ServerResponse, isApi: boolean, url: string, revokedDisplay: boolean): void {
  if (revokedDisplay) {
    if (isApi) return send(res, 401, "display_revoked", "An administrator revoked this screen's access");
    return redirect(res, "/pair?revoked=1");
  }
  if (isApi) return send(res, 401, "unauthenticated", "Sign in to use Watchwall");
  const next = url.startsWith("/") && !url.startsWith("//") ? url : "/";
  return redirect(res, `/login?next=${encodeURIComponent(next)}`);
}
