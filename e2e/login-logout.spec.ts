import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, NO_SESSION } from "./auth";

test.use({ storageState: NO_SESSION });

test("signed out, pages redirect to the login and APIs answer 401; sign in, sign out", async ({
  page,
  request,
}) => {
  // The strict script policy (per-response nonce, no 'unsafe-inline') must not block any of Watchwall's own
  // scripts: Chromium reports each refusal on the console.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const api = await request.get("/api/dashboards");
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ error: { code: "unauthenticated" } });

  await page.goto("/dashboards");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboards$/);

  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();

  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByTestId("user-box")).toContainText(ADMIN_EMAIL);

  const cookie = (await page.context().cookies()).find((c) => c.name === "watchwall_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboards");
  await expect(page).toHaveURL(/\/login\?next=/);
  // The old cookie value no longer works: the session was ended on the server.
  const reused = await request.get("/api/auth/me", {
    headers: { cookie: `watchwall_session=${cookie?.value ?? ""}` },
  });
  expect(reused.status()).toBe(401);
  expect(violations).toEqual([]);
});

test("every page response has a fresh script nonce, and all of the page's scripts carry it", async ({
  request,
}) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/login");
    expect(response.status()).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1] ?? "";
    expect(nonce).not.toBe("");
    nonces.push(nonce);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
