import { expect, type Locator, type Page } from "@playwright/test";

/** The dashboard list (/dashboards). */
export class DashboardListPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/dashboards");
  }

  link(name: string): Locator {
    return this.page.getByRole("link", { name, exact: true });
  }

  async open(name: string): Promise<void> {
    await this.link(name).click();
  }

  /** "New dashboard" asks for a name in a dialog; the new dashboard opens in edit mode. */
  async create(name: string): Promise<void> {
    await this.page.getByRole("button", { name: "New dashboard" }).click();
    await this.page.getByLabel("Name of the new dashboard").fill(name);
    await this.page.getByRole("button", { name: "Create" }).click();
    await expect(this.page).toHaveURL(/\/dashboards\/[\w-]+\?edit=1/);
  }
}
