import { expect, type Locator, type Page } from "@playwright/test";

// The /health page as a user sees it.

export class HealthPage {
  readonly events: Locator;
  readonly subscriptionCards: Locator;

  constructor(readonly page: Page) {
    this.events = page.getByTestId("health-event");
    this.subscriptionCards = page.getByTestId("health-subscription-card");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/health${query}`);
    await expect(this.page.getByTestId("health-group-issues")).toBeVisible();
  }

  group(name: "issues" | "scheduled" | "notifications" | "closed"): Locator {
    return this.page.getByTestId(`health-group-${name}`);
  }

  openIssue(service: string, region: string): Locator {
    return this.group("issues").locator(
      `[data-testid="health-event"][data-service="${service}"][data-region="${region}"][data-status="open"]`,
    );
  }
}
