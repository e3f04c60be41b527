import { expect, test } from "@playwright/test";
import { createUser, NO_SESSION, signIn } from "./auth";

test("a Viewer sees dashboards but no Edit, no New dashboard and no Settings; the server refuses writes", async ({
  browser,
  request,
}) => {
  const viewer = await createUser(request, "viewer");
  const list = (await (await request.get("/api/dashboards")).json()) as {
    dashboards: Array<{ id: string; name: string }>;
  };
  const dashboard = list.dashboards[0];
  expect(dashboard).toBeDefined();

  const context = await browser.newContext({ storageState: NO_SESSION });
  const page = await context.newPage();
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByTestId("user-role")).toHaveText("viewer");
  await expect(page.getByRole("link", { name: dashboard?.name ?? "" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "New dashboard" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dashboards", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveCount(0);

  await page.goto(`/dashboards/${dashboard?.id}`);
  await expect(page.getByRole("button", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);

  const settings = await page.goto("/settings");
  expect(settings?.status()).toBe(403);

  const write = await page.request.post("/api/dashboards", { data: { name: "Not allowed" } });
  expect(write.status()).toBe(403);
  await context.close();
});
