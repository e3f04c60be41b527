import { DEMO_DASHBOARDS, FLEET_WIDGETS, expect, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

// The new user's journey: build a dashboard from two accounts and two Regions with a Metric Math line, save
// it, open its URL in a fresh browser context and see the same view; drag across a graph to zoom, go Back.

test("build a cross-account, cross-Region dashboard with math, save it and reopen its URL", async ({
  page,
  browser,
  dashboards,
  dashboard,
}) => {
  await dashboards.goto();
  await dashboards.create("Web CPU everywhere");

  const editor = await dashboard.addWidget("line");
  await editor.setTitle("Web CPU: production us-east-1 vs staging eu-west-1");
  await editor.pickMetric("Production (111111111111)", "us-east-1", "CPUUtilization production-web-asg");
  await editor.pickMetric("Staging (222222222222)", "eu-west-1", "CPUUtilization staging-web-asg");
  await editor.addExpression();
  await editor.expression("e1").fill("m1 - ");
  await expect(editor.problems().first()).toBeVisible();
  await editor.expression("e1").fill("m1 - m2");
  await editor.label("e1").fill("difference");
  await expect(editor.previewLegend()).toHaveCount(3);
  await editor.apply();
  await dashboard.save();
  await dashboard.expectViewing();

  await dashboard.settled();
  const widgetId = "line-1";
  await dashboard.expectReady(widgetId);
  const seen = await dashboard.legend(widgetId);
  expect(seen).toHaveLength(3);
  expect(seen.join(" ")).toContain("difference");

  // The URL reproduces the view in a fresh context.
  const other = await browser.newContext();
  const fresh = new DashboardPage(await other.newPage());
  await fresh.page.goto(page.url());
  await fresh.settled();
  expect(await fresh.legend(widgetId)).toEqual(seen);
  await expect(fresh.timeRangeButton()).toHaveText((await dashboard.timeRangeButton().textContent()) ?? "");

  // Share freezes the range to absolute times: two browsers opening it draw identical lines.
  await page.getByRole("button", { name: "Share" }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(/from=\d{4}-.*&to=\d{4}-/);
  const lines = async (view: DashboardPage) => {
    await view.page.goto(shared);
    await view.settled();
    return view.lines(widgetId, seen.length);
  };
  const first = await lines(fresh);
  const second = await lines(new DashboardPage(await other.newPage()));
  expect(first.length).toBeGreaterThanOrEqual(3);
  expect(second).toEqual(first);
  await other.close();
});

test("drag across a graph zooms every widget; Back returns, Reset goes to the default", async ({
  page,
  dashboards,
  dashboard,
}) => {
  await dashboards.goto();
  await dashboards.open(DEMO_DASHBOARDS.fleet);
  await dashboard.settled();
  const before = page.url();
  await dashboard.dragAcross(FLEET_WIDGETS.cpuByInstance, 0.4, 0.6);
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\dT.*&to=\d{4}-/);
  const zoomed = new URL(page.url());
  const span =
    Date.parse(zoomed.searchParams.get("to") ?? "") - Date.parse(zoomed.searchParams.get("from") ?? "");
  expect(span).toBeGreaterThan(30 * 60_000);
  expect(span).toBeLessThan(2 * 3600_000);
  await dashboard.settled();
  await dashboard.expectReady(FLEET_WIDGETS.webTierCpu);

  await dashboard.zoomBack().click();
  await expect(page).toHaveURL(before);
  await page.goForward();
  await expect(page).toHaveURL(zoomed.toString());
  await dashboard.zoomReset().click();
  await expect(page).not.toHaveURL(/from=/);
});
