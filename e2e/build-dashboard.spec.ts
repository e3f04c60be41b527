import { expect, test, type Locator, type Page } from "@playwright/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

// The new user's journey: build a dashboard from two accounts and two Regions with a Metric Math line, save
// it, open its URL in a fresh browser context and see the same view; drag across a graph to zoom, go Back.

async function settled(page: Page) {
  await expect(page.getByTestId("widget-state").first()).toBeVisible();
  await expect(page.locator('[data-testid="widget-state"][data-state="loading"]')).toHaveCount(0, {
    timeout: 30_000,
  });
}

async function pickMetric(editor: Locator, account: string, region: string, search: string) {
  const browser = editor.getByTestId("metric-browser");
  await browser.getByLabel("Account").selectOption({ label: account });
  await browser.getByLabel("Region").selectOption(region);
  await browser.getByLabel("Search metrics").fill(search);
  const item = browser.getByTestId("metric-item").first();
  await expect(item).toContainText("CPUUtilization");
  await item.click();
}

async function legend(page: Page, widgetId: string): Promise<string[]> {
  return page.getByTestId(`widget-${widgetId}`).getByTestId("legend-item").allInnerTexts();
}

test("build a cross-account, cross-Region dashboard with math, save it and reopen its URL", async ({
  page,
  browser,
}) => {
  await page.goto("/dashboards");
  await page.getByRole("button", { name: "New dashboard" }).click();
  await page.getByLabel("Name of the new dashboard").fill("Web CPU everywhere");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/dashboards\/[\w-]+\?edit=1/);

  await page.getByLabel("Add widget").selectOption("line");
  const editor = page.getByRole("dialog", { name: "Edit widget" });
  await editor.getByLabel("Widget title").fill("Web CPU: production us-east-1 vs staging eu-west-1");
  await pickMetric(editor, "Production (111111111111)", "us-east-1", "CPUUtilization production-web-asg");
  await pickMetric(editor, "Staging (222222222222)", "eu-west-1", "CPUUtilization staging-web-asg");
  await editor.getByRole("button", { name: "Add Metric Math expression" }).click();
  await editor.getByLabel("Expression e1").fill("m1 - ");
  await expect(editor.getByRole("alert").first()).toBeVisible();
  await editor.getByLabel("Expression e1").fill("m1 - m2");
  await editor.getByLabel("Label of e1").fill("difference");
  await expect(editor.getByTestId("widget-preview").getByTestId("legend-item")).toHaveCount(3);
  await editor.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();

  await settled(page);
  const widgetId = "line-1";
  await expect(page.getByTestId(`widget-${widgetId}`).getByTestId("widget-state")).toHaveAttribute(
    "data-state",
    "ready",
  );
  const seen = await legend(page, widgetId);
  expect(seen).toHaveLength(3);
  expect(seen.join(" ")).toContain("difference");

  // The URL reproduces the view in a fresh context.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  await settled(fresh);
  expect(await legend(fresh, widgetId)).toEqual(seen);
  await expect(fresh.getByTestId("time-range-button")).toHaveText(
    (await page.getByTestId("time-range-button").textContent()) ?? "",
  );

  // Share freezes the range to absolute times: two browsers opening it draw identical lines.
  await page.getByRole("button", { name: "Share" }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(/from=\d{4}-.*&to=\d{4}-/);
  const lines = async (p: Page) => {
    await p.goto(shared);
    await settled(p);
    return p
      .getByTestId(`widget-${widgetId}`)
      .locator(".recharts-line-curve, path.recharts-curve")
      .evaluateAll((paths) => paths.map((path) => path.getAttribute("d")));
  };
  const first = await lines(fresh);
  const third = await other.newPage();
  const second = await lines(third);
  expect(first.length).toBeGreaterThanOrEqual(3);
  expect(second).toEqual(first);
  await other.close();
});

test("drag across a graph zooms every widget; Back returns, Reset goes to the default", async ({ page }) => {
  await page.goto("/dashboards");
  await page.getByRole("link", { name: "Production fleet overview" }).click();
  await settled(page);
  const before = page.url();
  const plot = page.getByTestId("widget-cpu").getByTestId("chart-plot");
  const box = await plot.boundingBox();
  if (!box) throw new Error("no plot");
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\dT.*&to=\d{4}-/);
  const zoomed = new URL(page.url());
  const span =
    Date.parse(zoomed.searchParams.get("to") ?? "") - Date.parse(zoomed.searchParams.get("from") ?? "");
  expect(span).toBeGreaterThan(30 * 60_000);
  expect(span).toBeLessThan(2 * 3600_000);
  await settled(page);
  await expect(page.getByTestId("widget-requests").getByTestId("widget-state")).toHaveAttribute(
    "data-state",
    "ready",
  );

  await page.getByTestId("zoom-back").click();
  await expect(page).toHaveURL(before);
  await page.goForward();
  await expect(page).toHaveURL(zoomed.toString());
  await page.getByTestId("zoom-reset").click();
  await expect(page).not.toHaveURL(/from=/);
});
