import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/lib/testing/database";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { hashToken } from "./secrets";
import { revokeDisplay, revokeUserSessions, SESSION_COOKIE } from "./sessions";
import { setAuthConfigForTests } from "./config";
import { bearerFor, displayCookie, sessionFor, startGateServer, type GateServer } from "./testing";
import { updateUser } from "./users";

// The gate in a real HTTP server against a real PostgreSQL: host allow-list, security headers, cross-site
// rules, bearer tokens, the trusted proxy header, session expiry and revocation.

withMigratedDatabase();

let server: GateServer;
beforeAll(async () => {
  server = await startGateServer({
    WATCHWALL_PROXY_USER_HEADER: "x-forwarded-user",
    WATCHWALL_PROXY_ROLE_HEADER: "x-forwarded-role",
    WATCHWALL_PROXY_TRUSTED_ADDRESSES: "10.9.8.0/24",
    WATCHWALL_FRAME_ANCESTORS: "'self' https://wiki.example.com",
  });
});
afterAll(() => server.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: "manual" });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as unknown,
  };
}

async function send(method: string, path: string, headers: Record<string, string>, body = "{}") {
  const response = await fetch(`${server.url}${path}`, { method, headers, body, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

/** fetch cannot set Host; a raw request can, as a DNS-rebinding page's browser would. */
function statusWithHost(host: string, cookie: string): Promise<number> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: url.hostname, port: url.port, path: "/api/dashboards", headers: { host, cookie } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
  });
}

describe("host allow-list (DNS rebinding)", () => {
  it("refuses a Host name that is not ours, accepts the public URL's host and address literals", async () => {
    const { cookie } = await sessionFor("viewer");
    expect(await statusWithHost("evil.example:4400", cookie)).toBe(421);
    expect(await statusWithHost("localhost.evil.example", cookie)).toBe(421);
    expect(await statusWithHost("localhost:4400", cookie)).toBe(200);
    expect(await statusWithHost("192.0.2.10:4400", cookie)).toBe(200);
    expect(await statusWithHost("[::1]:4400", cookie)).toBe(200);
  });
});

describe("security headers", () => {
  it("sends a CSP without unsafe-eval in production, the configured frame-ancestors, nosniff, a referrer policy", async () => {
    const response = await get("/api/health");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'self' https://wiki.example.com");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("gives every response a fresh script nonce and hands Next the same policy on the request", async () => {
    const { cookie } = await sessionFor("viewer");
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      // A policy sent by the client must never reach Next: it would choose the nonce.
      const response = await get("/dashboards", {
        cookie,
        "content-security-policy": "script-src 'nonce-chosen-by-attacker'",
      });
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
      expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
      expect((response.json() as { csp?: string }).csp).toBe(csp);
      seen.add(scriptSrc);
    }
    expect(seen.size).toBe(3);
    // Refusals carry a policy too.
    expect((await get("/api/dashboards")).headers.get("content-security-policy")).toMatch(/'nonce-/);
  });
});

describe("cross-site requests", () => {
  it("refuses a state-changing request from another origin, or without Origin/Sec-Fetch-Site", async () => {
    const { cookie } = await sessionFor("admin");
    const json = { "content-type": "application/json", cookie };
    expect((await send("POST", "/api/dashboards", { ...json, origin: "https://evil.example" })).status).toBe(
      403,
    );
    expect((await send("POST", "/api/dashboards", { ...json, origin: "null" })).status).toBe(403);
    expect((await send("POST", "/api/dashboards", json)).status).toBe(403);
    expect((await send("POST", "/api/dashboards", { ...json, "sec-fetch-site": "cross-site" })).status).toBe(
      403,
    );
    expect((await send("POST", "/api/dashboards", { ...json, "sec-fetch-site": "same-origin" })).status).toBe(
      200,
    );
    expect((await send("POST", "/api/dashboards", { ...json, origin: server.url })).status).toBe(200);
    expect((await send("POST", "/api/dashboards", { ...json, origin: "http://localhost:4400" })).status).toBe(
      200,
    );
  });

  it("refuses a body that does not say it is JSON (the text/plain form-post attack)", async () => {
    const { cookie } = await sessionFor("admin");
    const result = await send("POST", "/api/accounts", {
      cookie,
      origin: server.url,
      "content-type": "text/plain",
    });
    expect(result.status).toBe(415);
  });

  it("lets a bearer token through without Origin (automation)", async () => {
    const authorization = await bearerFor("editor");
    const result = await send("POST", "/api/dashboards", {
      authorization,
      "content-type": "application/json",
    });
    expect(result.status).toBe(200);
  });
});

describe("API tokens", () => {
  it("refuses an unknown, revoked or expired token with 401, and records last use", async () => {
    expect((await get("/api/dashboards", { authorization: "Bearer wwt_nope" })).status).toBe(401);
    const created = await createApiToken({ name: "ci", role: "viewer" });
    const ok = await get("/api/dashboards", { authorization: `Bearer ${created.token}` });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ principal: { kind: "token", name: "ci", role: "viewer" } });
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    await revokeApiToken(created.id);
    expect((await get("/api/dashboards", { authorization: `Bearer ${created.token}` })).status).toBe(401);
    const expired = await createApiToken({
      name: "old",
      role: "viewer",
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await get("/api/dashboards", { authorization: `Bearer ${expired.token}` })).status).toBe(401);
  });

  it("/metrics takes a bearer token only, never a browser session", async () => {
    const { cookie } = await sessionFor("admin");
    expect((await get("/metrics", { cookie })).status).toBe(401);
    expect((await get("/metrics", { authorization: await bearerFor("viewer") })).status).toBe(200);
  });
});

describe("sessions", () => {
  it("a disabled user is out at once, and log out everywhere ends every session", async () => {
    const a = await sessionFor("editor");
    expect((await get("/api/dashboards", { cookie: a.cookie })).status).toBe(200);
    await updateUser(a.userId, { disabled: true });
    expect((await get("/api/dashboards", { cookie: a.cookie })).status).toBe(401);

    const b = await sessionFor("viewer");
    await revokeUserSessions(b.userId);
    expect((await get("/api/dashboards", { cookie: b.cookie })).status).toBe(401);
  });

  it("expires after inactivity (sliding) and at the absolute limit", async () => {
    const idle = await sessionFor("viewer");
    await db().session.updateMany({
      where: { userId: idle.userId },
      data: { idleExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await get("/api/dashboards", { cookie: idle.cookie })).status).toBe(401);

    const old = await sessionFor("viewer");
    await db().session.updateMany({
      where: { userId: old.userId },
      data: { absoluteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await get("/api/dashboards", { cookie: old.cookie })).status).toBe(401);
  });

  it("slides the idle expiry forward on use", async () => {
    const user = await sessionFor("viewer");
    const soon = new Date(Date.now() + 60_000);
    await db().session.updateMany({
      where: { userId: user.userId },
      data: { idleExpiresAt: soon, lastSeenAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect((await get("/api/dashboards", { cookie: user.cookie })).status).toBe(200);
    const session = await db().session.findFirstOrThrow({ where: { userId: user.userId } });
    expect(session.idleExpiresAt?.getTime()).toBeGreaterThan(soon.getTime() + 60 * 60_000);
  });

  it("a revoked wall screen is told so: a redirect to /pair?revoked=1 and a display_revoked error", async () => {
    const cookie = await displayCookie(["d1"]);
    expect((await get("/dashboards/d1", { cookie })).status).toBe(200);
    const session = await db().session.findFirstOrThrow({
      where: { kind: "display", tokenHash: hashToken(cookie.slice(SESSION_COOKIE.length + 1)) },
    });
    await revokeDisplay(session.id);
    const page = await get("/dashboards/d1", { cookie });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/pair?revoked=1");
    expect((await get("/api/dashboards/d1", { cookie })).json()).toMatchObject({
      error: { code: "display_revoked" },
    });
  });
});

describe("trusted proxy header", () => {
  it("is ignored (and stripped) from an untrusted address", async () => {
    const result = await get("/api/auth/me", { "x-forwarded-user": "mallory@example.com" });
    expect(result.json()).toMatchObject({ reached: true, principal: null });
  });
});

describe("the principal header cannot be forged", () => {
  it("an incoming x-watchwall-context is removed before the app sees the request", async () => {
    const result = await get("/api/auth/me", {
      "x-watchwall-context": "eyJwcmluY2lwYWwiOnsia2luZCI6InVzZXIifX0.forged",
    });
    expect(result.json()).toMatchObject({ principal: null });
  });
});

describe("trusted proxy header from a trusted address", () => {
  it("signs in the named user, created at first sight with the header's role, and audits the creation", async () => {
    const trusted = await startGateServer({
      WATCHWALL_PROXY_USER_HEADER: "x-forwarded-user",
      WATCHWALL_PROXY_ROLE_HEADER: "x-forwarded-role",
      WATCHWALL_PROXY_TRUSTED_ADDRESSES: "127.0.0.1/32",
    });
    try {
      const headers = { "x-forwarded-user": "Proxied@Example.com", "x-forwarded-role": "editor" };
      const first = await fetch(`${trusted.url}/api/dashboards`, { headers });
      expect(await first.json()).toMatchObject({
        principal: { name: "proxied@example.com", role: "editor" },
      });
      const bogusRole = await fetch(`${trusted.url}/api/users`, {
        headers: { "x-forwarded-user": "proxied@example.com", "x-forwarded-role": "root" },
      });
      expect(bogusRole.status).toBe(403);
      const user = await db().user.findUniqueOrThrow({ where: { email: "proxied@example.com" } });
      expect(user).toMatchObject({ source: "proxy", role: "editor", passwordHash: null });
      const audit = await db().auditEvent.findMany({ where: { action: "user_created", targetId: user.id } });
      expect(audit).toHaveLength(1);
    } finally {
      await trusted.close();
      setAuthConfigForTests(server.config);
    }
  });
});
