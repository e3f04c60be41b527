import { expect, type Locator, type Page } from "@playwright/test";
import { TEST_IDS } from "../../lib/testing/test-ids";
import { dashboardIsLive } from "./live";
import { WidgetEditor } from "./widget-editor";

/** One dashboard (/dashboards/:id): its widgets, the edit/save bar, zoom and history. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async goto(id: string, options: { edit?: boolean } = {}): Promise<void> {
    await this.page.goto(`/dashboards/${id}${options.edit ? "?edit=1" : ""}`);
  }

  widget(id: string): Locator {
    return this.page.getByTestId(TEST_IDS.widget(id));
  }

  /** Waits until some widget is on screen and none is still loading (the one "settled" rule of the journeys). */
  async settled(): Promise<void> {
    await dashboardIsLive(this.page);
    await expect(this.page.getByTestId(TEST_IDS.widgetState).first()).toBeVisible();
    await expect(
      this.page.locator(`[data-testid="${TEST_IDS.widgetState}"][data-state="loading"]`),
    ).toHaveCount(0, { timeout: 30_000 });
  }

  async expectReady(widgetId: string): Promise<void> {
    await expect(this.widget(widgetId).getByTestId(TEST_IDS.widgetState)).toHaveAttribute(
      "data-state",
      "ready",
    );
  }

  legendItems(widgetId: string): Locator {
    return this.widget(widgetId).getByTestId(TEST_IDS.legendItem);
  }

  /** The legend's entries once drawn (the chart code arrives in its own chunk, after the data). */
  async legend(widgetId: string): Promise<string[]> {
    let texts: string[] = [];
    // Read until drawn: a widget may redraw (a refetch after a save) between a check and the read.
    await expect(async () => {
      texts = await this.legendItems(widgetId).allInnerTexts();
      expect(texts.length).toBeGreaterThan(0);
    }).toPass({ timeout: 15_000 });
    return texts;
  }

  curves(widgetId: string): Locator {
    return this.widget(widgetId).locator(".recharts-line-curve, path.recharts-curve");
  }

  /**
   * The `d` attribute of every drawn line of a widget, to compare two renderings point for point; waits
   * until `count` lines are drawn (a widget can be "ready" a frame before its last line is on screen).
   */
  async lines(widgetId: string, count: number): Promise<Array<string | null>> {
    await expect(this.curves(widgetId)).toHaveCount(count);
    return this.curves(widgetId).evaluateAll((paths) => paths.map((path) => path.getAttribute("d")));
  }

  plot(widgetId: string): Locator {
    return this.widget(widgetId).getByTestId(TEST_IDS.chartPlot);
  }

  /** Drags across a widget's plot from one fraction of its width to another. */
  async dragAcross(widgetId: string, from: number, to: number): Promise<void> {
    const box = await this.plot(widgetId).boundingBox();
    if (!box) throw new Error(`widget ${widgetId} has no plot`);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * to, y, { steps: 8 });
    await this.page.mouse.up();
  }

  timeRangeButton(): Locator {
    return this.page.getByTestId(TEST_IDS.timePickerButton);
  }

  zoomBack(): Locator {
    return this.page.getByTestId(TEST_IDS.zoomBack);
  }

  zoomReset(): Locator {
    return this.page.getByTestId(TEST_IDS.zoomReset);
  }

  /** Adds a widget of `type` in edit mode and returns its editor. */
  async addWidget(type: string): Promise<WidgetEditor> {
    await this.page.getByLabel("Add widget").selectOption(type);
    return new WidgetEditor(this.page.getByRole("dialog", { name: "Edit widget" }));
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save" }).click();
  }

  async expectViewing(): Promise<void> {
    await expect(this.page.getByRole("button", { name: "Edit" })).toBeVisible();
  }

  saveConflict(): Locator {
    return this.page.getByTestId(TEST_IDS.saveConflict);
  }

  async openHistory(): Promise<Locator> {
    await this.page.getByRole("button", { name: "History" }).click();
    return this.page.getByTestId(TEST_IDS.versionRow);
  }

  /** Scrolls until no widget is left as an off-screen placeholder (they mount when scrolled near). */
  async mountEveryWidget(): Promise<void> {
    const placeholders = this.page.getByTestId(TEST_IDS.widgetPlaceholder);
    await expect(async () => {
      await this.page.evaluate(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView(),
        TEST_IDS.widgetPlaceholder,
      );
      expect(await placeholders.count()).toBe(0);
    }).toPass({ timeout: 30_000 });
  }
}
