import { expect, test } from "./fixtures";

test("a freshly started Watchwall shows the app shell and reports healthy", async ({
  page,
  request,
  shell,
}) => {
  await page.goto("/");
  for (const label of ["Dashboards", "Explore metrics", "Logs", "Alarms", "Health", "Settings"]) {
    await expect(shell.link(label)).toBeVisible();
  }
  await expect(shell.systemStatus()).toContainText("connected");
  await expect(shell.systemStatus()).toContainText("built-in simulator");

  await shell.link("Dashboards").click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(shell.link("Dashboards")).toHaveAttribute("aria-current", "page");

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const body: unknown = await health.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { status: "ok" },
    aws: { mode: "simulator", status: "ok" },
  });
});
