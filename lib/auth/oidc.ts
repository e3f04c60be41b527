import * as client from "openid-client";
import { db, type PrismaClient } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { authConfig, type AuthConfig } from "./config";
import type { UserRole } from "./roles";
import { atLeast } from "./roles";
import { createUserSession, type RequestMeta } from "./sessions";
import { normalizeEmail } from "./users";

// OpenID Connect single sign-on with openid-client: authorization code with PKCE, state and nonce. A claim
// (groups by default) maps to a role; users are created on first login and their role follows the claim.

type OidcSettings = NonNullable<AuthConfig["oidc"]>;

export const OIDC_COOKIE = "watchwall_oidc";
export const PENDING_TTL_MS = 10 * 60_000;

export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  next: string;
}

/**
 * Logins between the redirect to the identity provider and its callback, in PostgreSQL (PendingOidcLogin):
 * the callback may reach another replica than the one that started the login. Each is used at most once.
 */
export class PendingLogins {
  /** `client`: the replica's database (tests pass two clients to act as two replicas). */
  constructor(
    private readonly client: () => PrismaClient = db,
    private readonly now: () => number = Date.now,
  ) {}

  async save(state: string, pending: PendingLogin): Promise<void> {
    const now = this.now();
    // Logins never finished (the user closed the tab) are swept here, so the table only holds live ones.
    await this.client().pendingOidcLogin.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
    await this.client().pendingOidcLogin.create({
      data: { state, ...pending, expiresAt: new Date(now + PENDING_TTL_MS) },
    });
  }

  /** The login started with this state, removed in the same statement that reads it; null if none or expired. */
  async take(state: string): Promise<PendingLogin | null> {
    const rows = await this.client().$queryRaw<Array<PendingLogin & { expiresAt: Date }>>`
      DELETE FROM "PendingOidcLogin" WHERE "state" = ${state}
      RETURNING "codeVerifier", "nonce", "redirectUri", "next", "expiresAt"`;
    const row = rows[0];
    if (!row || row.expiresAt.getTime() <= this.now()) return null;
    return { codeVerifier: row.codeVerifier, nonce: row.nonce, redirectUri: row.redirectUri, next: row.next };
  }
}

const KEY = Symbol.for("watchwall.auth.oidc");
interface OidcState {
  /** The identity provider's discovery document: configuration, the same on every replica. */
  configuration?: Promise<client.Configuration>;
  pending: PendingLogins;
}

function state(): OidcState {
  const holder = globalThis as { [KEY]?: OidcState };
  holder[KEY] ??= { pending: new PendingLogins() };
  return holder[KEY];
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

export class OidcError extends Error {
  override name = "OidcError";
}

function settings(): OidcSettings {
  const oidc = authConfig().oidc;
  if (!oidc)
    throw new OidcError("single sign-on is not configured (WATCHWALL_OIDC_ISSUER, WATCHWALL_OIDC_CLIENT_ID)");
  return oidc;
}

async function configuration(): Promise<client.Configuration> {
  const oidc = settings();
  const holder = state();
  holder.configuration ??= client
    .discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret,
      undefined,
      // Plain HTTP only for an issuer on this machine (tests, local identity providers).
      isLoopback(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    )
    .catch((error: unknown) => {
      holder.configuration = undefined;
      throw error;
    });
  return holder.configuration;
}

/** Where the identity provider sends the browser back: the public URL, else the address it used. */
export function redirectUriFor(host: string): string {
  const base = authConfig().publicUrl?.origin ?? `http://${host}`;
  return `${base}/api/auth/oidc/callback`;
}

export async function startLogin(
  redirectUri: string,
  next: string,
  pending: PendingLogins = state().pending,
): Promise<{ url: string; state: string }> {
  const config = await configuration();
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const stateValue = client.randomState();
  await pending.save(stateValue, { codeVerifier, nonce, redirectUri, next });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: settings().scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state: stateValue,
    nonce,
  });
  return { url: url.href, state: stateValue };
}

/** The role a set of groups grants: the strongest mapped one, else the default (null: no access). */
export function roleForGroups(
  groups: string[],
  oidc: Pick<OidcSettings, "roleMap" | "defaultRole">,
): UserRole | null {
  let best: UserRole | null = null;
  for (const group of groups) {
    const role = oidc.roleMap.get(group);
    if (role && (!best || atLeast(role, best))) best = role;
  }
  return best ?? oidc.defaultRole;
}

function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

export async function finishLogin(
  callbackUrl: URL,
  cookieState: string | undefined,
  meta: RequestMeta,
  logins: PendingLogins = state().pending,
): Promise<{ token: string; next: string }> {
  const stateValue = callbackUrl.searchParams.get("state") ?? "";
  // The cookie first: a callback forged into another browser must not use up that login's state.
  const pending = cookieState && cookieState === stateValue ? await logins.take(stateValue) : null;
  if (!pending) throw new OidcError("the sign-in took too long or was started in another browser; try again");
  const config = await configuration();
  const current = new URL(pending.redirectUri);
  current.search = callbackUrl.search;
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: stateValue,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
  const oidc = settings();
  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : "";
  if (!email) throw new OidcError("the identity provider sent no email claim (request the email scope)");
  const groups = groupsOf(claims, oidc.groupsClaim);
  const role = roleForGroups(groups, oidc);
  if (!role) {
    await recordAudit({
      action: "login_failed",
      actor: email,
      detail: { method: "oidc", reason: "no_role", groups },
      address: meta.address,
    });
    throw new OidcError("your groups give you no role in Watchwall; ask an administrator");
  }
  const existing = await db().user.findUnique({ where: { email } });
  const user = existing
    ? await db().user.update({ where: { id: existing.id }, data: { role } })
    : await db().user.create({ data: { email, role, source: "oidc" } });
  if (user.disabledAt) {
    await recordAudit({
      action: "login_failed",
      actor: email,
      detail: { method: "oidc", reason: "disabled" },
      address: meta.address,
    });
    throw new OidcError("this account is disabled");
  }
  const token = await createUserSession(user.id, meta);
  await recordAudit({
    action: "login",
    actor: email,
    targetType: "user",
    targetId: user.id,
    detail: { method: "oidc", groups, role, created: !existing },
    address: meta.address,
  });
  return { token, next: pending.next };
}
