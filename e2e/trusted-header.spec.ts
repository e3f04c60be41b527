import { expect, test } from "@playwright/test";
import { NO_SESSION } from "./auth";

// The e2e server trusts x-e2e-proxy-user/x-e2e-proxy-role from 127.0.0.1 (playwright.config.ts), as it
// would trust oauth2-proxy or an ALB in front of it.
test.use({
  storageState: NO_SESSION,
  extraHTTPHeaders: { "x-e2e-proxy-user": "proxied.editor@example.com", "x-e2e-proxy-role": "editor" },
});

test("behind a trusted proxy, the user and role come from its headers", async ({ page, baseURL }) => {
  await page.goto("/dashboards");
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByTestId("user-box")).toContainText("proxied.editor@example.com");
  await expect(page.getByTestId("user-role")).toHaveText("editor");
  await expect(page.getByRole("button", { name: "New dashboard" })).toBeVisible();

  // Without the proxy's header the same client is anonymous.
  expect((await fetch(`${baseURL}/api/auth/me`)).status).toBe(401);
});
