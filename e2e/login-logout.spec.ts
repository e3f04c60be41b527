import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, NO_SESSION } from "./auth";

test.use({ storageState: NO_SESSION });

test("signed out, pages redirect to the login and APIs answer 401; sign in, sign out", async ({
  page,
  request,
}) => {
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
});
