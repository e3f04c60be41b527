import { expect, test } from "@playwright/test";

test("an Admin adds a user, creates a token shown once, and finds both in the audit log", async ({
  page,
}) => {
  const email = `added-${Date.now()}@e2e.watchwall.test`;
  await page.goto("/admin");
  const users = page.getByRole("region", { name: "Users" });
  const addUser = users.getByRole("form", { name: "Add a user" });
  await addUser.getByLabel("Email").fill(email);
  await addUser.getByLabel(/^Password/).fill("a password for the new user");
  await addUser.getByLabel("Role").selectOption("editor");
  await addUser.getByRole("button", { name: "Add user" }).click();
  await expect(users.getByRole("cell", { name: email })).toBeVisible();

  const tokens = page.getByRole("region", { name: "API tokens" });
  const form = tokens.getByRole("form", { name: "Create a token" });
  await form.getByLabel("Name").fill("grafana-scraper");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-token")).toHaveText(/^wwt_/);
  await expect(tokens.getByRole("cell", { name: "grafana-scraper" })).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption("user_created");
  await expect(page.getByTestId("audit-row").filter({ hasText: email })).toBeVisible();
  await page.getByLabel("Action").selectOption("token_created");
  await expect(page.getByTestId("audit-row").filter({ hasText: "grafana-scraper" })).toBeVisible();
});
