import { expect, test } from "@playwright/test";

test("a freshly started Watchwall shows the app shell and reports healthy", async ({ page, request }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Dashboards", "Explore metrics", "Logs", "Alarms", "Health", "Settings"]) {
    await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("system-status")).toContainText("connected");
  await expect(page.getByTestId("system-status")).toContainText("built-in simulator");

  await nav.getByRole("link", { name: "Dashboards", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByRole("link", { name: "Dashboards", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const body: unknown = await health.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { status: "ok" },
    aws: { mode: "simulator", status: "ok" },
  });
});
