import { TEST_IDS } from "../lib/testing/test-ids";
import { DEMO_DASHBOARDS, FLEET_WIDGETS, expect, test } from "./fixtures";
import { AppShell } from "./pages/app-shell";

// Operators open dashboards on their phones during incidents: at 390 and 360 px wide the navigation folds
// away, dashboards are one column, charts draw, and nothing scrolls sideways.

for (const width of [390, 360]) {
  test(`a phone ${width} px wide gets a usable single-column dashboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const shell = new AppShell(page);
    await page.goto("/dashboards");

    // Navigation folded into a Menu button; opening it shows the links, following one closes it.
    await expect(shell.menuButton).toBeVisible();
    await expect(shell.link("Explore metrics")).toBeHidden();
    await shell.menuButton.click();
    await expect(shell.link("Explore metrics")).toBeVisible();
    await shell.link("Dashboards").click();
    await expect(shell.link("Explore metrics")).toBeHidden();
    await shell.expectNoSidewaysScroll();

    await page.getByRole("link", { name: DEMO_DASHBOARDS.fleet, exact: true }).click();
    const cpu = page.getByTestId(TEST_IDS.widget(FLEET_WIDGETS.cpuByInstance));
    await expect(cpu.getByTestId("widget-state")).toHaveAttribute("data-state", "ready", { timeout: 30_000 });

    // One column: every widget spans (nearly) the full width, one below the other.
    const widths = await page
      .locator("section[data-testid^='widget-']")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(1);
    for (const w of widths) expect(w).toBeGreaterThan(width - 60);

    // The chart draws its lines.
    await expect(cpu.locator("svg path.recharts-curve").first()).toBeVisible();
    const pathLength = await cpu
      .locator("svg path.recharts-curve")
      .first()
      .evaluate((el) => (el as SVGPathElement).getTotalLength());
    expect(pathLength).toBeGreaterThan(50);
    await shell.expectNoSidewaysScroll();

    // Settings and the dashboard menu fit on the screen too.
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    const settings = page.getByRole("dialog", { name: "Dashboard settings" });
    await expect(settings).toBeVisible();
    const box = await settings.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await page.keyboard.press("Escape");
    await shell.expectNoSidewaysScroll();

    await page.goto("/explore");
    await expect(page.getByTestId("metric-browser")).toBeVisible();
    await shell.expectNoSidewaysScroll();
  });
}
