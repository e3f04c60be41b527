import { expect, test } from "@playwright/test";
import {
  clearFaults,
  cpu,
  createDashboard,
  DashboardPage,
  expression,
  setFaults,
} from "./pages/data-correctness-dashboard";

// Issue 9, data correctness in the browser: a total missing a Region says so in the open, a past range is
// fetched once with refresh paused, a share link carries the zone, and the header names the account read.

test.use({ timezoneId: "America/New_York", permissions: ["clipboard-read", "clipboard-write"] });

test("a cross-Region total with a throttled Region is not drawn and names the failed input", async ({
  page,
  request,
}) => {
  const id = await createDashboard(request, "Orders, all Regions", [
    {
      id: "orders",
      title: "Orders, all Regions",
      metrics: [
        cpu("us", "us-east-1"),
        cpu("eu", "eu-west-1"),
        cpu("ap", "ap-northeast-1"),
        expression("total", "us + eu + ap", "All Regions"),
        expression("useast", "us * 1", "us-east-1 only"),
      ],
    },
  ]);
  await setFaults(request, [
    { service: "cloudwatch", operation: "GetMetricData", region: "eu-west-1", throttle: true },
  ]);
  try {
    const dashboard = new DashboardPage(page);
    await dashboard.open(id);
    await dashboard.settled("orders");
    const widget = dashboard.widget("orders");
    const notice = widget.getByTestId("widget-incomplete");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("total is not drawn");
    await expect(notice).toContainText("eu-west-1");
    await expect(notice).toContainText("Throttling");
    await expect(widget.getByTestId("legend-item")).toHaveCount(1);
    await expect(widget.getByTestId("legend-item")).toContainText("us-east-1 only");
    await expect(dashboard.scope).toContainText(/\(\d{12}\)/);
    await expect(widget.getByTestId("widget-scopes")).toHaveText("1 account · 3 Regions");
  } finally {
    await clearFaults(request);
  }
});

test("a range entirely in the past is fetched once and auto-refresh says it is paused", async ({
  page,
  request,
}) => {
  const id = await createDashboard(request, "Yesterday", [
    { id: "cpu", title: "CPU", metrics: [cpu("m1", "us-east-1", true)] },
  ]);
  const calls: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/metrics/query")) calls.push(r.url());
  });
  const end = Date.now() - 86_400_000;
  const dashboard = new DashboardPage(page);
  await dashboard.open(id, {
    from: new Date(end - 3 * 3_600_000).toISOString(),
    to: new Date(end).toISOString(),
    refresh: "10s",
  });
  await dashboard.settled("cpu");
  await expect(dashboard.refreshPaused).toContainText("paused: the range is entirely in the past");
  await page.waitForTimeout(12_000);
  expect(calls).toHaveLength(1);
});

test("Share freezes the range and carries the zone even when the view uses the default", async ({
  page,
  request,
}) => {
  const id = await createDashboard(request, "Shared view", [
    { id: "cpu", title: "CPU", metrics: [cpu("m1", "us-east-1", true)] },
  ]);
  const dashboard = new DashboardPage(page);
  await dashboard.open(id);
  await dashboard.settled("cpu");
  const link = new URL(await dashboard.share());
  expect(link.searchParams.get("tz")).toBe("America/New_York");
  expect(link.searchParams.get("from")).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(link.searchParams.get("to")).toMatch(/^\d{4}-\d\d-\d\dT/);
});
