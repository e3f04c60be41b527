import { expect, type Locator, type Page } from "@playwright/test";

// The /alarms page and the alarm detail page, as a user sees them.

export interface AlarmRow {
  key: string;
  state: string;
}

export class AlarmsPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("alarm-table");
    this.rows = page.getByTestId("alarm-row");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/alarms${query}`);
    await expect(this.table).toBeVisible();
  }

  /** Every listed alarm as `account/region/name` with its state. */
  async listed(): Promise<Map<string, string>> {
    const rows = await this.rows.evaluateAll((elements) =>
      elements.map((e) => ({
        key: `${e.getAttribute("data-account")}/${e.getAttribute("data-region")}/${e.getAttribute("data-name")}`,
        state: e.getAttribute("data-state") ?? "",
      })),
    );
    return new Map(rows.map((r) => [r.key, r.state]));
  }

  row(account: string, region: string, name: string): Locator {
    return this.page.locator(
      `[data-testid="alarm-row"][data-account="${account}"][data-region="${region}"][data-name="${name}"]`,
    );
  }

  count(state: "ALARM" | "INSUFFICIENT_DATA" | "OK"): Locator {
    return this.page.getByTestId(`alarm-count-${state}`).locator("strong");
  }
}

export class AlarmDetailPage {
  readonly graph: Locator;
  readonly stateStrip: Locator;
  readonly history: Locator;
  readonly configuration: Locator;

  constructor(readonly page: Page) {
    this.graph = page.getByTestId("alarm-graph");
    this.stateStrip = page.getByTestId("alarm-state-strip");
    this.history = page.getByTestId("alarm-history-item");
    this.configuration = page.getByTestId("alarm-configuration");
  }

  async goto(account: string, region: string, name: string, range = "1d"): Promise<void> {
    await this.page.goto(`/alarms/detail?${new URLSearchParams({ account, region, name, range })}`);
    await expect(this.page.getByTestId("alarm-detail")).toBeVisible();
  }
}
