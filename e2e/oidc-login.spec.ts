import { expect, test } from "@playwright/test";
import { OIDC_PORT } from "../playwright.config";
import { ADMIN_STATE, NO_SESSION } from "./auth";
import { startOidcProvider, type TestOidcProvider } from "../lib/testing/oidc-provider";

test.use({ storageState: NO_SESSION });

let provider: TestOidcProvider;

test.beforeAll(async ({ baseURL }) => {
  provider = await startOidcProvider({
    port: OIDC_PORT,
    clientId: "watchwall-e2e",
    clientSecret: "watchwall-e2e-client-secret",
    redirectUri: `${baseURL}/api/auth/oidc/callback`,
  });
});
test.afterAll(() => provider.close());

test("single sign-on: a user of the wall-editors group signs in as an Editor, created on first login", async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto("/dashboards");
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();

  // The identity provider's own pages (oidc-provider's development login and consent forms).
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill("sso-editor");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByTestId("user-box")).toContainText("sso-editor@sso.watchwall.test");
  await expect(page.getByTestId("user-role")).toHaveText("editor");

  // The admin sees the new user, created by the login.
  const admin = await playwright.request.newContext({ baseURL, storageState: ADMIN_STATE });
  const users = (await (await admin.get("/api/users")).json()) as {
    users: Array<{ email: string; source: string }>;
  };
  expect(users.users).toContainEqual(
    expect.objectContaining({ email: "sso-editor@sso.watchwall.test", source: "oidc" }),
  );
  await admin.dispose();
});

test("single sign-on refuses a user whose groups map to no role", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  await page.locator('input[name="login"]').fill("sso-nobody");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(page.getByRole("alert").filter({ hasText: "no role" })).toBeVisible();
});
