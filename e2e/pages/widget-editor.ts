import { expect, type Locator } from "@playwright/test";
import { TEST_IDS } from "../../lib/testing/test-ids";

/** The "Edit widget" dialog: title, metric browser, Metric Math rows, preview. */
export class WidgetEditor {
  constructor(readonly root: Locator) {}

  async setTitle(title: string): Promise<void> {
    await this.root.getByLabel("Widget title").fill(title);
  }

  async setMarkdown(text: string): Promise<void> {
    await this.root.getByLabel("Markdown").fill(text);
  }

  /** Picks the first metric the browser finds for `search` in an account and Region. */
  async pickMetric(
    account: string,
    region: string,
    search: string,
    expectName = "CPUUtilization",
  ): Promise<void> {
    const browser = this.root.getByTestId(TEST_IDS.metricBrowser);
    await browser.getByLabel("Account").selectOption({ label: account });
    await browser.getByLabel("Region").selectOption(region);
    await browser.getByLabel("Search metrics").fill(search);
    const item = browser.getByTestId(TEST_IDS.metricItem).first();
    await expect(item).toContainText(expectName);
    await item.click();
  }

  async addExpression(): Promise<void> {
    await this.root.getByRole("button", { name: "Add Metric Math expression" }).click();
  }

  expression(id: string): Locator {
    return this.root.getByLabel(`Expression ${id}`);
  }

  label(id: string): Locator {
    return this.root.getByLabel(`Label of ${id}`);
  }

  problems(): Locator {
    return this.root.getByRole("alert");
  }

  previewLegend(): Locator {
    return this.root.getByTestId(TEST_IDS.widgetPreview).getByTestId(TEST_IDS.legendItem);
  }

  async apply(): Promise<void> {
    await this.root.getByRole("button", { name: "Apply" }).click();
  }
}
