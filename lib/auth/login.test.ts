import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as changePassword } from "@/app/api/auth/password/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/lib/testing/database";
import { listAudit } from "./audit";
import { setAuthConfigForTests } from "./config";
import { adminPrincipal, gatedRequest } from "./handlers.testing";
import { ARGON2_OPTIONS } from "./password";
import { MAX_FAILURES_PER_ACCOUNT } from "./rate-limit";
import { resolveSession, SESSION_COOKIE } from "./sessions";
import { testAuthConfig } from "./testing";
import { createUser } from "./users";

// Password login through the real route handler and a real PostgreSQL; fuzzed with fast-check.

withMigratedDatabase();

const PASSWORD = "correct horse battery staple";
let addressCounter = 0;
const freshAddress = () => `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

function sessionToken(response: Response): string | undefined {
  const cookie = response.headers.get("set-cookie") ?? "";
  return new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1];
}

beforeAll(() => setAuthConfigForTests(testAuthConfig()));

describe("POST /api/auth/login", () => {
  it("stores Argon2id at OWASP's parameters and signs in with a session cookie (HttpOnly, SameSite=Lax)", async () => {
    const user = await createUser({ email: "Ada@Example.com", role: "editor", password: PASSWORD });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=1\\$`),
    );
    const response = await login(
      gatedRequest("/api/auth/login", {
        body: { email: "ada@example.com", password: PASSWORD },
        address: freshAddress(),
      }),
    );
    expect(response.status).toBe(204);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = sessionToken(response) ?? "";
    expect(await resolveSession(token)).toMatchObject({
      status: "valid",
      principal: { name: "ada@example.com" },
    });
    // Only the hash is stored.
    expect(await db().session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("marks the cookie Secure when the public URL is https", async () => {
    setAuthConfigForTests(testAuthConfig({ WATCHWALL_PUBLIC_URL: "https://watchwall.example.com" }));
    try {
      await createUser({ email: "secure@example.com", role: "viewer", password: PASSWORD });
      const response = await login(
        gatedRequest("/api/auth/login", { body: { email: "secure@example.com", password: PASSWORD } }),
      );
      expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
    } finally {
      setAuthConfigForTests(testAuthConfig());
    }
  });

  it("answers 401 alike for an unknown email and a wrong password, and audits both", async () => {
    await createUser({ email: "bob@example.com", role: "viewer", password: PASSWORD });
    const wrong = await login(
      gatedRequest("/api/auth/login", { body: { email: "bob@example.com", password: "nope" } }),
    );
    const unknown = await login(
      gatedRequest("/api/auth/login", { body: { email: "who@example.com", password: "nope" } }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    const failed = await listAudit({ action: "login_failed" });
    expect(failed.map((e) => e.actor)).toEqual(
      expect.arrayContaining(["bob@example.com", "who@example.com"]),
    );
  });

  it("rate-limits an account after repeated failures (429 with Retry-After), even with the right password", async () => {
    await createUser({ email: "carol@example.com", role: "viewer", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await login(
        gatedRequest("/api/auth/login", {
          body: { email: "carol@example.com", password: "bad" },
          address: freshAddress(),
        }),
      );
      expect(r.status).toBe(401);
    }
    const limited = await login(
      gatedRequest("/api/auth/login", {
        body: { email: "carol@example.com", password: PASSWORD },
        address: freshAddress(),
      }),
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a disabled user cannot sign in", async () => {
    const user = await createUser({ email: "dave@example.com", role: "viewer", password: PASSWORD });
    const admin = await createUser({ email: "root@example.com", role: "admin", password: PASSWORD });
    const patched = await patchUser(
      gatedRequest(`/api/users/${user.id}`, {
        method: "PATCH",
        body: { disabled: true },
        principal: adminPrincipal(admin.id),
      }),
      { params: Promise.resolve({ id: user.id }) },
    );
    expect(patched.status).toBe(200);
    const r = await login(
      gatedRequest("/api/auth/login", { body: { email: "dave@example.com", password: PASSWORD } }),
    );
    expect(r.status).toBe(401);
  });

  it("fuzz: any body gets 400, 401 or 429 — never a 5xx, never a session", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ email: fc.string({ maxLength: 400 }), password: fc.string({ maxLength: 300 }) }),
          fc.record({ email: fc.emailAddress(), password: fc.string({ unit: "grapheme", maxLength: 64 }) }),
        ),
        async (body) => {
          const response = await login(gatedRequest("/api/auth/login", { body, address: freshAddress() }));
          expect([400, 401, 429]).toContain(response.status);
          expect(response.headers.get("set-cookie")).toBeNull();
          const json = (await response.json()) as { error: { code: string; message: string } };
          expect(json.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("fuzz: bodies that are not JSON at all get 400", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
        fc.pre(!isJson(raw));
        const response = await login(
          gatedRequest("/api/auth/login", { rawBody: raw, address: freshAddress() }),
        );
        expect(response.status).toBe(400);
      }),
      { numRuns: 50 },
    );
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("POST /api/auth/password", () => {
  it("needs the current password, then ends the other sessions and issues a new one", async () => {
    const user = await createUser({ email: "erin@example.com", role: "viewer", password: PASSWORD });
    const first = sessionToken(
      await login(
        gatedRequest("/api/auth/login", { body: { email: "erin@example.com", password: PASSWORD } }),
      ),
    );
    const principal = {
      kind: "user" as const,
      id: user.id,
      userId: user.id,
      name: user.email,
      role: "viewer" as const,
    };
    const wrong = await changePassword(
      gatedRequest("/api/auth/password", {
        body: { currentPassword: "nope", newPassword: "a brand new password" },
        principal,
      }),
    );
    expect(wrong.status).toBe(400);
    const changed = await changePassword(
      gatedRequest("/api/auth/password", {
        body: { currentPassword: PASSWORD, newPassword: "a brand new password" },
        principal,
      }),
    );
    expect(changed.status).toBe(204);
    expect(await resolveSession(first ?? "")).toEqual({ status: "invalid" });
    expect((await resolveSession(sessionToken(changed) ?? "")).status).toBe("valid");
    const again = await login(
      gatedRequest("/api/auth/login", {
        body: { email: "erin@example.com", password: "a brand new password" },
      }),
    );
    expect(again.status).toBe(204);
  });
});
