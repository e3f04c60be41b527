import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { TEST_IDS } from "../lib/testing/test-ids";
import { DEMO_DASHBOARDS, SERVICE_WIDGETS } from "./fixtures";
import {
  ALB_GROUP,
  dashboardIdByName,
  lastCheckoutBurst,
  LogsPage,
  PRODUCTION,
  resetSimulatorStats,
  simulatorCalls,
  US,
} from "./pages/logs";
import { DashboardPage } from "./pages/dashboard-page";

// Logs Insights journeys against the production build and the simulator: from a spike to its logs and back to
// the dashboard, a malformed query that never reaches AWS, Cancel, shared runs across viewers, fixture widgets.

const iso = (ms: number) => new Date(ms).toISOString();
const STATUS_QUERY =
  "parse @message '* * * * * * * * * * * * \"* * *\"' as type, time, elb, client, target, rpt, tpt, spt, status, tstatus, rbytes, sbytes, method, url, proto\n| filter status >= 500\n| stats count(*) as errors by bin(1m), status";

test("spike → logs → chart → add to dashboard, during the checkout error burst", async ({
  page,
  request,
}) => {
  const burst = lastCheckoutBurst();
  const id = await dashboardIdByName(request, DEMO_DASHBOARDS.service);
  await page.goto(
    `/dashboards/${id}?from=${iso(burst.start - 45 * 60_000)}&to=${iso(burst.end + 45 * 60_000)}`,
  );
  const widget = page.getByTestId(TEST_IDS.widget(SERVICE_WIDGETS.albErrorRate));
  const plot = widget.getByTestId("chart-plot");
  await expect(plot).toBeVisible({ timeout: 30_000 });
  // Drag across the spike: the middle of the range holds the burst.
  const box = await plot.boundingBox();
  if (!box) throw new Error("no plot");
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.65, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=/);
  const viewLogs = widget.getByTestId("view-logs");
  await expect(viewLogs).toBeVisible();
  await viewLogs.click();
  await expect(page).toHaveURL(/\/logs\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("groups")).toBe(ALB_GROUP);
  expect(url.searchParams.get("account")).toBe(PRODUCTION);
  const logs = new LogsPage(page);
  await expect(page.getByTestId("selected-log-group")).toContainText(ALB_GROUP);
  await logs.setQuery(STATUS_QUERY);
  await expect(logs.error()).toHaveCount(0);
  await logs.runWithKeyboard();
  await logs.waitForStatus("Complete");
  await expect(logs.rows().first()).toBeVisible();
  await expect(page.getByTestId("logs-cost")).toContainText("$");
  await logs.showChart("stacked");
  await expect(page.getByTestId("logs-chart").getByTestId("chart-plot")).toBeVisible();
  await logs.addToDashboard(DEMO_DASHBOARDS.service, "5xx by status");
  await page.goto(
    `/dashboards/${id}?from=${iso(burst.start - 45 * 60_000)}&to=${iso(burst.end + 45 * 60_000)}`,
  );
  const added = page.locator('[data-testid="log-widget"]').first();
  await expect(added).toBeVisible();
  await expect(page.getByTestId("log-widget-status").first()).toHaveAttribute("data-status", "complete", {
    timeout: 45_000,
  });
  await expect(added.getByTestId("chart-plot")).toBeVisible();
});

test("a malformed query shows its error and never reaches StartQuery", async ({ page, request }) => {
  await resetSimulatorStats(request);
  await page.goto(
    `/logs?account=${PRODUCTION}&region=${US}&groups=${encodeURIComponent(ALB_GROUP)}&from=now-1h&to=now`,
  );
  const logs = new LogsPage(page);
  await logs.setQuery("fields @message | sort");
  await expect(logs.error()).toBeVisible();
  await expect(logs.runButton()).toBeDisabled();
  await logs.runWithKeyboard();
  // The server refuses it too, naming the field, before any AWS call.
  const response = await request.post("/api/logs/queries", {
    data: {
      query: "fields @message | sort",
      groups: [{ accountId: PRODUCTION, region: US, name: ALB_GROUP }],
      range: { type: "relative", duration: "PT1H" },
    },
  });
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
    "query",
  );
  await page.waitForTimeout(500);
  expect(await simulatorCalls(request, "StartQuery")).toBe(0);
});

test("Cancel stops the query in AWS", async ({ page, request }) => {
  await resetSimulatorStats(request);
  const query = encodeURIComponent("fields @timestamp, @message | sort @timestamp desc");
  await page.goto(
    `/logs?account=${PRODUCTION}&region=${US}&groups=${encodeURIComponent(ALB_GROUP)}&query=${query}&from=now-P30D&to=now&run=1`,
  );
  const logs = new LogsPage(page);
  await logs.waitForStatus(/Running|Queued/);
  await logs.cancelButton().click();
  await logs.waitForStatus("Cancelled");
  await expect.poll(() => simulatorCalls(request, "StopQuery"), { timeout: 20_000 }).toBe(1);
});

test("a dashboard with log widgets open in 8 browsers runs each query once", async ({ browser, request }) => {
  const burst = lastCheckoutBurst();
  const range = { type: "absolute", start: burst.start - 30 * 60_000, end: burst.end + 30 * 60_000 };
  const widget = (id: string, y: number, query: string, view: string) => ({
    type: "logs",
    id,
    title: id,
    position: { x: 0, y, w: 12, h: 6 },
    region: US,
    accountId: PRODUCTION,
    query: `SOURCE '${ALB_GROUP}' | ${query}`,
    logGroups: [ALB_GROUP],
    view,
  });
  const created = await request.post("/api/dashboards", {
    data: {
      name: "Shared log widgets",
      tags: [],
      document: {
        schemaVersion: 2,
        defaultAccountId: "111111111111",
        defaultRegion: "us-east-1",
        defaultRange: range,
        defaultRefresh: "off",
        variables: [],
        widgets: [
          widget("requests", 0, "stats count(*) as requests by bin(5m)", "timeSeries"),
          widget("latest", 6, "fields @timestamp, @message | sort @timestamp desc | limit 50", "table"),
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await resetSimulatorStats(request);
  const contexts = await Promise.all(Array.from({ length: 8 }, () => browser.newContext()));
  try {
    await Promise.all(
      contexts.map(async (context) => {
        const page = await context.newPage();
        await page.goto(`/dashboards/${id}`);
        const statuses = page.getByTestId("log-widget-status");
        await expect(statuses).toHaveCount(2);
        for (const status of await statuses.all()) {
          await expect(status).toHaveAttribute("data-status", "complete", { timeout: 45_000 });
        }
      }),
    );
    expect(await simulatorCalls(request, "StartQuery")).toBe(2);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test("the fixtures' log widgets are drawn", async ({ page, request }) => {
  const file = path.join(
    process.cwd(),
    "lib",
    "dashboards",
    "cloudwatch",
    "fixtures",
    "cdk-alarm-and-dashboard.json",
  );
  const body = fs.readFileSync(file, "utf8");
  const logWidgets = (JSON.parse(body) as { widgets: { type: string }[] }).widgets.filter(
    (w) => w.type === "log",
  );
  const response = await request.post("/api/dashboards/import", {
    data: { body, name: "fixture with log widgets" },
  });
  expect(response.status()).toBe(201);
  const { dashboard } = (await response.json()) as { dashboard: { id: string } };
  await page.goto(`/dashboards/${dashboard.id}`);
  await new DashboardPage(page).mountEveryWidget();
  const drawn = page.getByTestId("log-widget");
  await expect(drawn).toHaveCount(logWidgets.length);
  // Each says what happened: its log group does not exist in the demo account, its account is not registered,
  // or its language is not Logs Insights QL — never a blank box or an endless spinner.
  for (const w of await drawn.all()) {
    await expect(w).not.toHaveText(/^\s*(Loading…)?\s*$/, { timeout: 30_000 });
  }
  await expect(drawn.filter({ hasText: "SQL" })).toHaveCount(1);
  await expect(drawn.filter({ hasText: "PPL" })).toHaveCount(1);
  await expect(drawn.filter({ hasText: /does not exist/ })).not.toHaveCount(0);
  // Exported unchanged.
  const exported = (await (await request.get(`/api/dashboards/${dashboard.id}/export`)).json()) as {
    widgets: { type: string; properties: unknown }[];
  };
  const original = (JSON.parse(body) as { widgets: { type: string; properties: unknown }[] }).widgets;
  expect(exported.widgets.filter((w) => w.type === "log").map((w) => w.properties)).toEqual(
    original.filter((w) => w.type === "log").map((w) => w.properties),
  );
});

test("the widget editor builds a log widget with the Logs editor", async ({ page, request }) => {
  const burst = lastCheckoutBurst();
  const created = await request.post("/api/dashboards", {
    data: {
      name: "Built log widget",
      tags: [],
      document: {
        schemaVersion: 2,
        defaultAccountId: "111111111111",
        defaultRegion: "us-east-1",
        defaultRange: { type: "absolute", start: burst.start - 30 * 60_000, end: burst.end + 30 * 60_000 },
        defaultRefresh: "off",
        variables: [],
        widgets: [],
      },
    },
  });
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/dashboards/${id}`);
  await page.getByRole("button", { name: "Edit", exact: true }).first().click();
  await page.getByLabel("Add widget").selectOption("logs");
  const dialog = page.getByRole("dialog", { name: "Edit log widget" });
  await dialog.getByLabel("Title").fill("Requests per minute");
  await dialog.getByLabel("Search log groups").fill("alb");
  await dialog.getByRole("checkbox", { name: ALB_GROUP }).check();
  const logs = new LogsPage(page);
  await logs.setQuery("stats count(*) as requests by bin(1m)");
  await dialog.getByLabel("View").selectOption("bar");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: "Discard changes" })).toHaveCount(0, { timeout: 30_000 });
  const saved = (await (await request.get(`/api/dashboards/${id}`)).json()) as {
    document: { widgets: { type: string; query: string; view: string }[] };
  };
  expect(saved.document.widgets[0]).toMatchObject({
    type: "logs",
    view: "bar",
    query: `SOURCE '${ALB_GROUP}' | stats count(*) as requests by bin(1m)`,
  });
  await expect(page.getByTestId("log-widget-status")).toHaveAttribute("data-status", "complete", {
    timeout: 45_000,
  });
  await expect(page.getByTestId("log-widget").getByTestId("chart-plot")).toBeVisible();
});
