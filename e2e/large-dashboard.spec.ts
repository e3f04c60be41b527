import { expect, test } from "@playwright/test";
import { TEST_IDS } from "../lib/testing/test-ids";
import { cpu, createDashboard, DashboardPage } from "./pages/data-correctness-dashboard";

// Issue 14, large dashboards: widgets far below the fold are placeholders of their size (no chart, not in any
// metrics request) until scrolled near; then they mount, join a metrics request and draw.

const WIDGETS = 60;

test("off-screen widgets wait as placeholders and draw once scrolled near", async ({ page, request }) => {
  // One widget per 6 rows (42 px each): the last one is about 15,000 px down the page.
  const id = await createDashboard(
    request,
    "Sixty widgets",
    Array.from({ length: WIDGETS }, (_, i) => ({
      id: `n${i}`,
      title: `CPU ${i}`,
      type: "number",
      metrics: [cpu("m1", "us-east-1", true)],
    })),
  );
  const requested: string[][] = [];
  page.on("request", (r) => {
    if (!r.url().endsWith("/api/metrics/query")) return;
    const body = r.postDataJSON() as { widgets: Array<{ id: string }> };
    requested.push(body.widgets.map((w) => w.id));
  });
  const end = Date.now() - 86_400_000;
  const dashboard = new DashboardPage(page);
  await dashboard.open(id, {
    from: new Date(end - 3 * 3_600_000).toISOString(),
    to: new Date(end).toISOString(),
  });
  await dashboard.settled("n0");

  const placeholders = page.getByTestId(TEST_IDS.widgetPlaceholder);
  const last = `n${WIDGETS - 1}`;
  const middle = `n${WIDGETS / 2}`;
  expect(await placeholders.count()).toBeGreaterThan(WIDGETS / 2);
  await expect(dashboard.widget(last)).toHaveCount(0);
  await expect(dashboard.widget(middle)).toHaveCount(0);
  expect(requested.flat()).not.toContain(last);

  await page.locator(`[data-widget-id="${last}"]`).scrollIntoViewIfNeeded();
  await dashboard.settled(last);
  await expect(dashboard.widget(last).getByTestId(TEST_IDS.widgetState)).toHaveAttribute(
    "data-state",
    "ready",
  );
  expect(requested.flat()).toContain(last);
  // Jumping to the bottom mounts only the widgets near it, not everything scrolled past.
  await expect(dashboard.widget(middle)).toHaveCount(0);
  expect(requested.flat()).not.toContain(middle);
});
