import type { Locator, Page } from "@playwright/test";
import { TEST_IDS } from "../../lib/testing/test-ids";

/** The frame around every page: main navigation and, on the home page, the system status. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  navLink(label: string): Locator {
    return this.nav().getByRole("link", { name: label, exact: true });
  }

  systemStatus(): Locator {
    return this.page.getByTestId(TEST_IDS.systemStatus);
  }
}
