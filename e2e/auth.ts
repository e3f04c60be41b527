import type { APIRequestContext, Page } from "@playwright/test";

// Authentication for the journeys. The "setup" project (auth.setup.ts) signs in as the e2e admin and saves
// the session to ADMIN_STATE, which every spec uses by default (playwright.config.ts). A spec that needs
// another role or no session at all uses these helpers or `test.use({ storageState: NO_SESSION })`.

export const ADMIN_EMAIL = "admin@e2e.watchwall.test";
export const ADMIN_PASSWORD = "e2e-admin-password-0123";
export const ADMIN_STATE = "test-results/e2e/.auth/admin.json";
export const NO_SESSION = { cookies: [], origins: [] };

/** Creates a user with a role through the API (as the signed-in admin `request`). */
export async function createUser(
  request: APIRequestContext,
  role: "viewer" | "editor" | "admin",
  email = `${role}-${Date.now()}@e2e.watchwall.test`,
  password = `${role}-password-0123456`,
): Promise<{ email: string; password: string }> {
  const response = await request.post("/api/users", { data: { email, password, role } });
  if (response.status() !== 201)
    throw new Error(`creating ${email} failed: ${response.status()} ${await response.text()}`);
  return { email, password };
}

/** Signs a page in through the login form. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  next = "/dashboards",
): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === next);
}
