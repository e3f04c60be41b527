import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type PrismaClient } from "@/lib/db/client";
import { PrismaClient as Client } from "@/lib/generated/prisma/client";
import { startOidcProvider, type TestOidcProvider } from "@/lib/testing/oidc-provider";
import { withMigratedDatabase } from "@/lib/testing/database";
import { listAudit } from "./audit";
import { setAuthConfigForTests } from "./config";
import { loginWithPassword } from "./login";
import { finishLogin, OidcError, PENDING_TTL_MS, PendingLogins, redirectUriFor, startLogin } from "./oidc";
import {
  LOGIN_WINDOW_MS,
  LoginRateLimiter,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from "./rate-limit";
import { resolveSession } from "./sessions";
import { testAuthConfig } from "./testing";
import { createUser } from "./users";

// Two replicas on one PostgreSQL: each is given its own database client (its own pool, as a second server
// process would have) and its own limiter / pending-login store. Nothing but the database is shared, so
// whatever one replica counted or started, the other must see through PostgreSQL.

withMigratedDatabase();

const PASSWORD = "correct horse battery staple";
/** Inside this helper's port block (3400–3419), away from the e2e defaults. */
const OIDC_PORT = 3405;
const PUBLIC_HOST = "localhost:4400";

let replicaA: PrismaClient;
let replicaB: PrismaClient;
let addressCounter = 0;
const freshAddress = () => `10.9.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;
const meta = (address = freshAddress()) => ({ address, userAgent: "vitest" });

function client(url: string): PrismaClient {
  return new Client({ adapter: new PrismaPg({ connectionString: url, max: 5 }) });
}

beforeAll(() => {
  const url = process.env.DATABASE_URL ?? "";
  replicaA = client(url);
  replicaB = client(url);
  setAuthConfigForTests(testAuthConfig());
});
afterAll(async () => {
  await replicaA.$disconnect();
  await replicaB.$disconnect();
});

describe("login limits shared by replicas", () => {
  it("failures spread over two replicas count against one account limit: the next try is 429 on both", async () => {
    const a = new LoginRateLimiter(() => replicaA);
    const b = new LoginRateLimiter(() => replicaB);
    await createUser({ email: "shared@example.com", role: "viewer", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const result = await loginWithPassword("shared@example.com", "wrong", meta(), i % 2 ? a : b);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    // Each replica alone saw only half the limit; the right password is refused all the same.
    for (const replica of [a, b]) {
      const result = await loginWithPassword("shared@example.com", PASSWORD, meta(), replica);
      expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
      if (result.ok || result.reason !== "rate_limited") throw new Error("not limited");
      expect(result.retryAfter).toBeGreaterThan(0);
      expect(result.retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    }
  });

  it("the per-address limit is shared too", async () => {
    const a = new LoginRateLimiter(() => replicaA);
    const b = new LoginRateLimiter(() => replicaB);
    const address = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect(await (i % 2 ? a : b).reserve(`guess-${i}@example.com`, address)).toBe(0);
    }
    expect(await a.reserve("one-more@example.com", address)).toBeGreaterThan(0);
    expect(await b.reserve("one-more@example.com", address)).toBeGreaterThan(0);
    // A refused attempt counts against neither key: the new account has no row at all.
    expect(
      await db().loginThrottle.findUnique({ where: { key: "account:one-more@example.com" } }),
    ).toBeNull();
  });

  it("N parallel failed logins over both replicas never check more passwords than the limit", async () => {
    const a = new LoginRateLimiter(() => replicaA);
    const b = new LoginRateLimiter(() => replicaB);
    await createUser({ email: "race@example.com", role: "viewer", password: PASSWORD });
    const N = 30;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        loginWithPassword("race@example.com", "wrong", meta(), i % 2 ? a : b),
      ),
    );
    const invalid = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const limited = results.filter((r) => !r.ok && r.reason === "rate_limited").length;
    expect(invalid).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(limited).toBe(N - MAX_FAILURES_PER_ACCOUNT);
    // The audit log says how many passwords were actually checked.
    const audited = (await listAudit({ action: "login_failed" })).filter(
      (e) => e.actor === "race@example.com",
    );
    const checked = audited.filter((e) => (e.detail as { reason?: string }).reason === "bad_credentials");
    expect(checked).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: "account:race@example.com" } });
    expect(row.failures).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it("a successful login clears the account and gives the address its attempt back", async () => {
    const a = new LoginRateLimiter(() => replicaA);
    const b = new LoginRateLimiter(() => replicaB);
    await createUser({ email: "ok@example.com", role: "viewer", password: PASSWORD });
    const address = freshAddress();
    for (let i = 0; i < 3; i++) await loginWithPassword("ok@example.com", "wrong", meta(address), a);
    const ok = await loginWithPassword("ok@example.com", PASSWORD, meta(address), b);
    expect(ok.ok).toBe(true);
    expect(await db().loginThrottle.findUnique({ where: { key: "account:ok@example.com" } })).toBeNull();
    const byAddress = await db().loginThrottle.findUniqueOrThrow({ where: { key: `address:${address}` } });
    expect(byAddress.failures).toBe(3);
  });

  it("a window ends LOGIN_WINDOW_MS after its first failure; ended windows are swept", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const a = new LoginRateLimiter(
      () => replicaA,
      () => now,
    );
    const b = new LoginRateLimiter(
      () => replicaB,
      () => now,
    );
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect(await a.reserve("clock@example.com", "10.8.0.1")).toBe(0);
    now += 60_000;
    expect(await b.reserve("clock@example.com", "10.8.0.2")).toBe(LOGIN_WINDOW_MS / 1000 - 60);
    now += LOGIN_WINDOW_MS - 60_000;
    expect(await b.reserve("clock@example.com", "10.8.0.2")).toBe(0);
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: "account:clock@example.com" } });
    expect(row.failures).toBe(1);
    // The first address's window has ended: the next sweep (at most once a minute per limiter) removes it.
    now += LOGIN_WINDOW_MS + 1;
    await a.reserve("sweeper@example.com", "10.8.0.3");
    expect(await db().loginThrottle.findUnique({ where: { key: "address:10.8.0.1" } })).toBeNull();
    expect(await db().loginThrottle.findUnique({ where: { key: "account:clock@example.com" } })).toBeNull();
  });
});

/** Walks the provider's authorization flow like a browser (its development login and consent forms) and
 *  returns the callback URL it redirects to. */
async function signInAtProvider(authorizationUrl: string, login: string, callback: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      body,
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0] ?? "";
      const index = pair.indexOf("=");
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    body = undefined;
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(callback)) return next;
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at ${url} (${response.status}): ${html.slice(0, 300)}`);
    body = new URLSearchParams();
    for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      body.set(m[1] ?? "", m[2] ?? "");
    if (html.includes('name="login"')) {
      body.set("login", login);
      body.set("password", "anything");
    }
    url = new URL(action, url).href;
  }
  throw new Error("the identity provider never redirected back");
}

describe("OpenID Connect logins shared by replicas", () => {
  let provider: TestOidcProvider;
  const callback = redirectUriFor(PUBLIC_HOST);

  beforeAll(async () => {
    provider = await startOidcProvider({
      port: OIDC_PORT,
      clientId: "watchwall-test",
      clientSecret: "watchwall-test-secret",
      redirectUri: callback,
    });
    setAuthConfigForTests(
      testAuthConfig({
        WATCHWALL_OIDC_ISSUER: provider.issuer,
        WATCHWALL_OIDC_CLIENT_ID: "watchwall-test",
        WATCHWALL_OIDC_CLIENT_SECRET: "watchwall-test-secret",
        WATCHWALL_OIDC_ROLE_MAP: "wall-editors=editor,wall-admins=admin",
        WATCHWALL_OIDC_DEFAULT_ROLE: "none",
      }),
    );
  });
  afterAll(async () => {
    await provider.close();
    setAuthConfigForTests(testAuthConfig());
  });

  it("a login started on replica A completes on replica B, and its state cannot be used again", async () => {
    const a = new PendingLogins(() => replicaA);
    const b = new PendingLogins(() => replicaB);
    const started = await startLogin(callback, "/dashboards/abc", a);
    const back = await signInAtProvider(started.url, "sso-editor", callback);
    expect(back.searchParams.get("state")).toBe(started.state);

    const done = await finishLogin(back, started.state, meta(), b);
    expect(done.next).toBe("/dashboards/abc");
    expect(await resolveSession(done.token)).toMatchObject({
      status: "valid",
      principal: { name: "sso-editor@sso.watchwall.test", role: "editor" },
    });
    // Single use: the row went with the first callback, on whichever replica a replay lands.
    expect(await db().pendingOidcLogin.count({ where: { state: started.state } })).toBe(0);
    for (const replica of [a, b])
      await expect(finishLogin(back, started.state, meta(), replica)).rejects.toBeInstanceOf(OidcError);
  });

  it("a callback whose cookie does not match leaves the login usable for its own browser", async () => {
    const a = new PendingLogins(() => replicaA);
    const started = await startLogin(callback, "/", a);
    const forged = new URL(`${callback}?state=${started.state}&code=x`);
    await expect(finishLogin(forged, "another-browser", meta(), a)).rejects.toBeInstanceOf(OidcError);
    expect(await db().pendingOidcLogin.count({ where: { state: started.state } })).toBe(1);
  });

  it("two replicas racing for one state: exactly one gets the login", async () => {
    const a = new PendingLogins(() => replicaA);
    const b = new PendingLogins(() => replicaB);
    const pending = { codeVerifier: "v", nonce: "n", redirectUri: callback, next: "/" };
    for (let round = 0; round < 10; round++) {
      await a.save(`race-${round}`, pending);
      const taken = await Promise.all([a.take(`race-${round}`), b.take(`race-${round}`)]);
      expect(taken.filter(Boolean)).toHaveLength(1);
    }
  });

  it("an expired login is refused, and expired logins are swept when the next one starts", async () => {
    let now = Date.now();
    const a = new PendingLogins(
      () => replicaA,
      () => now,
    );
    const b = new PendingLogins(
      () => replicaB,
      () => now,
    );
    const pending = { codeVerifier: "v", nonce: "n", redirectUri: callback, next: "/" };
    await a.save("old-1", pending);
    await a.save("old-2", pending);
    now += PENDING_TTL_MS + 1;
    expect(await b.take("old-1")).toBeNull();
    expect(await db().pendingOidcLogin.count({ where: { state: "old-2" } })).toBe(1);
    await b.save("fresh", pending);
    expect(await db().pendingOidcLogin.count({ where: { state: "old-2" } })).toBe(0);
    expect(await a.take("fresh")).toEqual(pending);
  });
});
