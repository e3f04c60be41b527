import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteToken } from "@/app/api/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/tokens/route";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/lib/testing/database";
import { setAuthConfigForTests } from "./config";
import { adminPrincipal, gatedRequest } from "./handlers.testing";
import { hashToken } from "./secrets";
import { startGateServer, testAuthConfig, type GateServer } from "./testing";
import { createUser } from "./users";

// API tokens through the real route handlers and the real gate; the create endpoint and the bearer check
// fuzzed with fast-check.

withMigratedDatabase();

let admin: ReturnType<typeof adminPrincipal>;
let server: GateServer;
beforeAll(async () => {
  setAuthConfigForTests(testAuthConfig());
  const user = await createUser({ email: "tokens-admin@example.com", role: "admin" });
  admin = adminPrincipal(user.id, user.email);
  server = await startGateServer();
});
afterAll(() => server.close());

async function create(body: unknown) {
  return createToken(gatedRequest("/api/tokens", { body, principal: admin }));
}

describe("POST /api/tokens", () => {
  it("shows the token once; the list and the database never hold it", async () => {
    const response = await create({ name: "ci", role: "editor", expiresAt: "2099-01-01T00:00:00Z" });
    expect(response.status).toBe(201);
    const { id, token } = (await response.json()) as { id: string; token: string };
    expect(token).toMatch(/^wwt_[\w-]{43}$/);
    const list = await (await listTokens()).text();
    expect(list).toContain(id);
    expect(list).not.toContain(token);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ role: "editor", tokenHash: hashToken(token), createdById: admin.userId });
    expect(row.expiresAt?.toISOString()).toBe("2099-01-01T00:00:00.000Z");

    const bearer = await fetch(`${server.url}/api/dashboards`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(200);
    const revoked = await deleteToken(
      gatedRequest(`/api/tokens/${id}`, { method: "DELETE", principal: admin }),
      {
        params: Promise.resolve({ id }),
      },
    );
    expect(revoked.status).toBe(204);
    const after = await fetch(`${server.url}/api/dashboards`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
  });

  it("a display token names its dashboards and reaches only those", async () => {
    const response = await create({ name: "Lobby", role: "display", dashboards: ["dash-a"] });
    const { token } = (await response.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.url}/api/dashboards/dash-a`, { headers })).status).toBe(200);
    expect((await fetch(`${server.url}/api/dashboards/dash-b`, { headers })).status).toBe(403);
    expect((await fetch(`${server.url}/explore`, { headers })).status).toBe(403);
  });

  it("names the field of a bad request", async () => {
    const cases: Array<[unknown, string]> = [
      [{ role: "viewer" }, "name"],
      [{ name: "x", role: "root" }, "role"],
      [{ name: "x", role: "viewer", expiresAt: "2000-01-01T00:00:00Z" }, "expiresAt"],
      [{ name: "x", role: "viewer", expiresAt: "tomorrow" }, "expiresAt"],
      [{ name: "x", role: "display" }, "dashboards"],
      [{ name: "x", role: "viewer", dashboards: ["a"] }, "dashboards"],
    ];
    for (const [body, field] of cases) {
      const response = await create(body);
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: { issues: Array<{ path: string }> } };
      expect(json.error.issues.map((i) => i.path)).toContain(field);
    }
  });

  it("fuzz: any body gets 201 with a working token or 400 naming a field — never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              name: fc.string({ maxLength: 120 }),
              role: fc.constantFrom("viewer", "editor", "admin", "display", "root", ""),
              expiresAt: fc.oneof(
                fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
                fc.string(),
              ),
              dashboards: fc.array(fc.string({ maxLength: 120 }), { maxLength: 5 }),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const response = await create(body);
          expect([201, 400]).toContain(response.status);
          const json = (await response.json()) as { token?: string; error?: { message: string } };
          if (response.status === 201) expect(json.token).toMatch(/^wwt_/);
          else expect(json.error?.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("fuzz: a made-up bearer token never gets through the gate", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ maxLength: 60 }).map((s) => `wwt_${s}`),
        ),
        async (value) => {
          const cleaned = value.replace(/[^\x21-\x7e]/g, "");
          const response = await fetch(`${server.url}/api/dashboards`, {
            headers: { authorization: `Bearer ${cleaned}` },
          });
          expect(response.status).toBe(401);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("a token follows its creator", () => {
  it("stops working when the user who made it is disabled or deleted", async () => {
    const { deleteUser, updateUser } = await import("./users");
    const { createApiToken } = await import("./api-tokens");
    for (const end of ["disable", "delete"] as const) {
      const owner = await createUser({ email: `owner-${end}@example.com`, role: "admin" });
      const { token } = await createApiToken({ name: `owned-${end}`, role: "viewer", createdById: owner.id });
      const headers = { authorization: `Bearer ${token}` };
      expect((await fetch(`${server.url}/api/dashboards`, { headers })).status).toBe(200);
      if (end === "disable") await updateUser(owner.id, { disabled: true });
      else await deleteUser(owner.id);
      expect((await fetch(`${server.url}/api/dashboards`, { headers })).status).toBe(401);
    }
  });
});
