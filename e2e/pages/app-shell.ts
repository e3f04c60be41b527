import { expect, type Locator, type Page } from "@playwright/test";
import { TEST_IDS } from "../../lib/testing/test-ids";

/**
 * The frame around every page: the main navigation (a sidebar, or a Menu on a phone) and, on the home page,
 * the system status.
 */
export class AppShell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  get menuButton(): Locator {
    return this.nav.getByRole("button", { name: /Menu|Close/ });
  }

  link(label: string): Locator {
    return this.nav.getByRole("link", { name: label, exact: true });
  }

  systemStatus(): Locator {
    return this.page.getByTestId(TEST_IDS.systemStatus);
  }

  /** True when the page can be scrolled sideways (something is wider than the viewport). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  }

  /** Elements wider than the viewport, for a readable failure message. */
  async widestOffenders(): Promise<string[]> {
    return this.page.evaluate(() => {
      const width = window.innerWidth;
      return [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`,
        );
    });
  }

  async expectNoSidewaysScroll() {
    expect(await this.scrollsSideways(), (await this.widestOffenders()).join("\n")).toBe(false);
  }
}
