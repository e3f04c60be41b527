import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { dashboardIsLive } from "./pages/live";
import { createDashboard, DashboardEditorPage, loadDashboard, textWidget } from "./pages/dashboard-editor";

// Editing that loses nothing: settings reachable and saved, a warning before leaving unsaved work, Escape and
// focus in dialogs, drag and resize on the grid (mouse and keyboard), export from the dashboard menu.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("settings are reachable from the toolbar, edited in a dialog and saved", async ({ page, request }) => {
  const saved = await createDashboard(request, "Settings journey", [
    textWidget("note", { x: 0, y: 0, w: 12, h: 4 }),
  ]);
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id);

  // Escape closes the dialog and gives focus back to the button that opened it.
  const settings = await dashboard.openSettings();
  await page.keyboard.press("Escape");
  await expect(settings).toBeHidden();
  await expect(dashboard.settingsButton).toBeFocused();

  await dashboard.openSettings();
  await settings.getByLabel("Name").fill("Settings journey (renamed)");
  await settings.getByLabel("Tags (comma separated)").fill("payments, prod");
  await settings.getByRole("button", { name: "Add variable" }).click();
  await settings.getByLabel("Property of var1").fill("InstanceId");
  await settings.getByLabel("Kind of var1").selectOption("property");
  await settings.getByLabel("Input of var1").selectOption("select");
  await settings.getByLabel("Search of var1").fill('{AWS/EC2,InstanceId} MetricName="CPUUtilization"');
  await settings.getByLabel("Values of var1 from dimension").fill("InstanceId");
  await settings.getByLabel("Variable 1 id").fill("instance");
  await settings.getByRole("button", { name: "Apply" }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole("heading", { name: "Settings journey (renamed)" })).toBeVisible();
  await dashboard.save();

  const stored = await loadDashboard(request, saved.id);
  expect(stored.name).toBe("Settings journey (renamed)");
  expect(stored.tags).toEqual(["payments", "prod"]);
  expect(stored.document.variables).toEqual([
    expect.objectContaining({
      id: "instance",
      type: "property",
      property: "InstanceId",
      populateFrom: "InstanceId",
    }),
  ]);

  // The searched variable lists the instances of the dashboard's account and Region.
  await page.reload();
  const bar = page.getByTestId("variables-bar");
  const choices = bar.getByLabel("InstanceId").locator("option");
  await expect
    .poll(async () => (await choices.allTextContents()).filter((t) => t.startsWith("i-")).length)
    .toBeGreaterThan(1);
});

test("leaving with unsaved changes asks first, in the app and when closing the tab", async ({
  page,
  request,
}) => {
  const saved = await createDashboard(request, "Unsaved changes");
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id, true);
  await expect(page.getByTestId("empty-dashboard")).toContainText("Add widget");
  await dashboard.addTextWidget(
    "# Runbook\n\n- step one\n- step two\n- step three\n- step four\n- step five",
  );

  // A new text widget is tall enough for its Markdown: nothing of it is cut.
  const frame = page.getByTestId("widget-text-1");
  await expect(frame).toContainText("step five");
  const fits = await frame.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);

  // In-app navigation: a dialog, and Cancel keeps the edits.
  const shell = new AppShell(page);
  await shell.link("Explore metrics").click();
  const leave = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboards/${saved.id}`));
  await expect(page.getByText("step one")).toBeVisible();

  // Closing or reloading the tab: the browser's own beforeunload prompt.
  const prompt = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true }).catch(() => undefined);
  expect(await prompt).toBe("beforeunload");
});

test("the browser's Back button asks before leaving unsaved edits", async ({ page, request }) => {
  const saved = await createDashboard(request, "Back with edits");
  await page.goto("/dashboards");
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id, true);
  await dashboard.addTextWidget("kept through Back");

  // Back: a dialog, and Cancel keeps the page and the edits.
  await page.goBack({ waitUntil: "commit" });
  const leave = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboards/${saved.id}`));
  await expect(page.getByText("kept through Back")).toBeVisible();

  // Back again and leave: the previous page, and nothing was saved.
  await page.goBack({ waitUntil: "commit" });
  await leave.getByRole("button", { name: /Leave/ }).click();
  await expect(page).toHaveURL(/\/dashboards$/);
  expect((await loadDashboard(request, saved.id)).document.widgets).toHaveLength(0);
});

test("confirming leaves, and Discard asks before throwing edits away", async ({ page, request }) => {
  const saved = await createDashboard(request, "Leave anyway");
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id, true);
  await dashboard.addTextWidget("draft");
  await page.getByRole("button", { name: "Discard changes" }).click();
  const confirm = page.getByRole("dialog", { name: "Discard your changes?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("draft", { exact: true })).toBeVisible();

  await new AppShell(page).link("Dashboards").click();
  await page
    .getByRole("dialog", { name: "Leave without saving?" })
    .getByRole("button", { name: /Leave/ })
    .click();
  await expect(page).toHaveURL(/\/dashboards$/);
  expect((await loadDashboard(request, saved.id)).document.widgets).toHaveLength(0);
});

test("widgets are dragged and resized on the grid, also by keyboard, and the layout is saved", async ({
  page,
  request,
}) => {
  const saved = await createDashboard(request, "Drag and resize", [
    textWidget("a", { x: 0, y: 0, w: 6, h: 4 }),
    textWidget("b", { x: 12, y: 0, w: 6, h: 4 }),
  ]);
  const dashboard = new DashboardEditorPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await dashboard.open(saved.id, true);
  const pitch = await dashboard.columnPitch();

  // Drag "a" six columns to the right, then resize "b" two columns wider and two rows taller.
  await dashboard.dragBy(dashboard.dragHandle("a"), pitch * 6, 0);
  await dashboard.resizeBy("b", pitch * 2, 42 * 2);
  // Keyboard: arrows move, Shift + arrows resize.
  await dashboard.dragHandle("a").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  await dashboard.save();

  const widgets = (await loadDashboard(request, saved.id)).document.widgets;
  const position = (id: string) => widgets.find((w) => w.id === id)?.position;
  expect(position("a")).toEqual({ x: 6, y: 1, w: 6, h: 5 });
  expect(position("b")).toEqual({ x: 12, y: 0, w: 8, h: 6 });
});

test("a new widget is placed in the first free place of the grid", async ({ page, request }) => {
  const saved = await createDashboard(request, "First free place", [
    textWidget("top", { x: 0, y: 0, w: 24, h: 3 }),
    textWidget("bottom", { x: 0, y: 10, w: 24, h: 3 }),
  ]);
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id, true);
  await dashboard.addTextWidget("new note");
  await dashboard.save();
  const widgets = (await loadDashboard(request, saved.id)).document.widgets;
  // The gap between the two is free, so it goes there rather than below everything (y 13).
  expect(widgets.find((w) => w.markdown === "new note")?.position).toMatchObject({ x: 0, y: 3 });
});

test("dashboards are named in a dialog, deleted after confirmation, and Undo brings them back", async ({
  page,
}) => {
  await page.goto("/dashboards");
  const newButton = page.getByRole("button", { name: "New dashboard" });
  await newButton.click();
  const naming = page.getByRole("dialog", { name: "New dashboard" });
  await expect(naming.getByLabel("Name of the new dashboard")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(naming).toBeHidden();
  await expect(newButton).toBeFocused();

  await newButton.click();
  await naming.getByLabel("Name of the new dashboard").fill("Dialog-made board");
  await naming.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/dashboards\/[\w-]+\?edit=1/);
  await new DashboardEditorPage(page).addTextWidget("one");
  await new DashboardEditorPage(page).save();

  await page.goto("/dashboards");
  const row = page.getByTestId("dashboard-row").filter({ hasText: "Dialog-made board" });
  await expect(row).toContainText("1 widget");
  await expect(row).not.toContainText("1 widgets");
  await row.getByRole("button", { name: "Rename" }).click();
  const rename = page.getByRole("dialog", { name: "Rename dashboard" });
  await rename.getByLabel("Name").fill("Dialog-made board 2");
  await rename.getByRole("button", { name: "Rename" }).click();
  const renamed = page.getByTestId("dashboard-row").filter({ hasText: "Dialog-made board 2" });
  await expect(renamed).toBeVisible();

  await renamed.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Dialog-made board 2”?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(renamed).toBeVisible();
  await renamed.getByRole("button", { name: "Delete" }).click();
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(renamed).toHaveCount(0);
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(renamed).toBeVisible();
});

test("the dashboard menu downloads and copies the CloudWatch JSON", async ({ page, request }) => {
  const saved = await createDashboard(request, "Export me", [
    textWidget("t", { x: 0, y: 0, w: 24, h: 3 }, "hello"),
  ]);
  const dashboard = new DashboardEditorPage(page);
  await dashboard.open(saved.id);
  await page.getByLabel("Dashboard menu").click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download CloudWatch JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Export_me.json");
  await page.getByRole("menuitem", { name: "Copy CloudWatch JSON" }).click();
  await expect(page.getByRole("menuitem", { name: "JSON copied" })).toBeVisible();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    widgets: Array<{ type: string; properties: { markdown: string } }>;
  };
  expect(copied.widgets[0]).toMatchObject({ type: "text", properties: { markdown: "hello" } });
});

test("after scrolling the metric list, a click selects the metric clicked", async ({ page }) => {
  await page.goto("/explore");
  const list = page.getByRole("listbox", { name: "Metrics" });
  await expect(list.getByTestId("metric-item").nth(30))
    .toBeVisible({ timeout: 30_000 })
    .catch(() => undefined);
  const items = list.getByTestId("metric-item");
  expect(await items.count()).toBeGreaterThan(30);
  const target = items.nth(30);
  await target.scrollIntoViewIfNeeded();
  const scrolled = await list.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await target.click();
  await expect(target).toHaveAttribute("aria-selected", "true");
  // The list stayed where it was scrolled to.
  expect(await list.evaluate((el) => el.scrollTop)).toBe(scrolled);
});

test("unknown addresses get a 404 page inside the app", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("Page not found");
  await expect(new AppShell(page).link("Dashboards")).toBeVisible();
});

test("a legend with more series than fit says so and scrolls", async ({ page, request }) => {
  const search = {
    type: "line",
    id: "fleet",
    title: "Every instance",
    position: { x: 0, y: 0, w: 6, h: 5 },
    region: "us-east-1",
    accountId: "111111111111",
    metrics: [
      {
        kind: "expression",
        id: "e1",
        expression: "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300)",
        visible: true,
      },
    ],
  };
  const saved = await createDashboard(request, "Many series", [search]);
  await page.goto(`/dashboards/${saved.id}`);
  await dashboardIsLive(page);
  const widget = page.getByTestId("widget-fleet");
  await expect(widget.getByTestId("widget-state")).toHaveAttribute("data-state", "ready", {
    timeout: 30_000,
  });
  const cue = widget.getByTestId("legend-scroll-cue");
  await expect(cue).toContainText(/\d+ more series/);
  const legend = widget.getByRole("list", { name: "Series" });
  await cue.click();
  await expect.poll(() => legend.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});
