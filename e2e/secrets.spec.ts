import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/simulator/accounts";
import { ADMIN_PASSWORD, ADMIN_STATE } from "./auth";

// Credentials never reach the browser: the built client bundle (.next/static) and the JSON the API answers
// hold no AWS secret keys, external ids, password hashes, session or API tokens, or configured secrets.

const EXTERNAL_ID = "ext-id-never-leaves-e2e-4711";
const GENERIC_PATTERNS: Array<[string, RegExp]> = [
  ["an Argon2 password hash", /\$argon2(id|i|d)\$/],
  ["a private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["an API token", /wwt_[\w-]{43}/],
  ["a PostgreSQL URL with credentials", /postgres(ql)?:\/\/[^\s"'@/]+:[^\s"'@/]+@/],
];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function sessionCookie(): string {
  const state = JSON.parse(fs.readFileSync(ADMIN_STATE, "utf8")) as {
    cookies: Array<{ name: string; value: string }>;
  };
  const cookie = state.cookies.find((c) => c.name === "watchwall_session");
  if (!cookie) throw new Error("the setup project saved no session");
  return cookie.value;
}

function findSecrets(text: string, known: string[]): string[] {
  const found = known
    .filter((secret) => text.includes(secret))
    .map((s) => `a known secret (${s.slice(0, 6)}…)`);
  for (const [name, pattern] of GENERIC_PATTERNS) if (pattern.test(text)) found.push(name);
  return found;
}

test("no secret in the client bundle or in any API response", async ({ request }) => {
  const account = await request.post("/api/accounts", {
    data: {
      name: "Secret-holder",
      accountId: "210987654321",
      credentialType: "assumeRole",
      roleArn: "arn:aws:iam::210987654321:role/WatchwallReadOnly",
      externalId: EXTERNAL_ID,
      regions: ["us-east-1"],
    },
  });
  expect(account.status()).toBe(201);
  const created = await request.post("/api/tokens", { data: { name: "scan", role: "viewer" } });
  const { token } = (await created.json()) as { token: string };
  await request.post("/api/auth/login", {
    data: { email: "nobody@example.com", password: "wrong password" },
  });

  const known = [
    EXTERNAL_ID,
    ADMIN_PASSWORD,
    "watchwall-e2e-client-secret",
    sessionCookie(),
    token,
    ...DEMO_ACCOUNTS.flatMap((a) => [
      a.secretAccessKey,
      ...a.roles.flatMap((r) => (r.externalId ? [r.externalId] : [])),
    ]),
  ];

  const bundle = walk(".next/static").filter((f) => /\.(js|css|json|html|txt)$/.test(f));
  expect(bundle.length, "the production build's client files").toBeGreaterThan(5);
  for (const file of bundle) {
    expect(findSecrets(fs.readFileSync(file, "utf8"), known), file).toEqual([]);
  }

  const list = (await (await request.get("/api/dashboards")).json()) as { dashboards: Array<{ id: string }> };
  const endpoints = [
    "/api/auth/me",
    "/api/accounts",
    "/api/users",
    "/api/tokens",
    "/api/displays",
    "/api/audit",
    "/api/audit?action=login_failed",
    "/api/health",
    "/api/dashboards",
    `/api/dashboards/${list.dashboards[0]?.id}`,
    `/api/dashboards/${list.dashboards[0]?.id}/versions`,
    "/api/metrics/catalog",
  ];
  for (const endpoint of endpoints) {
    const response = await request.get(endpoint);
    expect(response.status(), endpoint).toBeLessThan(500);
    expect(findSecrets(await response.text(), [...known, token]), endpoint).toEqual([]);
  }
  // Creating a token is the one answer that carries it, once.
  expect(token).toMatch(/^wwt_/);
});
