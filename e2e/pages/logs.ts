import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Page objects and helpers of the Logs journeys.

export const PRODUCTION = "111111111111";
export const US = "us-east-1";
export const ALB_GROUP = "/watchwall/alb/prod-web-alb/access-logs";

/** The simulator's counters: the Playwright launcher starts it on E2E_PORT + 2. */
export function simulatorUrl(): string {
  return `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 2}`;
}

export async function simulatorCalls(request: APIRequestContext, operation: string): Promise<number> {
  const body = (await (await request.get(`${simulatorUrl()}/_simulator/stats`)).json()) as {
    operations: Record<string, { calls: number }>;
  };
  return body.operations[operation]?.calls ?? 0;
}

export async function resetSimulatorStats(request: APIRequestContext): Promise<void> {
  await request.post(`${simulatorUrl()}/_simulator/stats/reset`);
}

/** The most recent demo checkout error burst (03:15, 11:15, 19:15 UTC, 12 minutes) that ended 15+ minutes ago. */
export function lastCheckoutBurst(now = Date.now()): { start: number; end: number } {
  const day = 86_400_000;
  const today = Math.floor(now / day) * day;
  const starts = [-1, 0].flatMap((d) =>
    [3, 11, 19].map((h) => today + d * day + h * 3_600_000 + 15 * 60_000),
  );
  const done = starts.filter((s) => s + 27 * 60_000 < now);
  const start = Math.max(...done);
  return { start, end: start + 12 * 60_000 };
}

export async function dashboardIdByName(request: APIRequestContext, name: string): Promise<string> {
  const body = (await (await request.get("/api/dashboards")).json()) as {
    dashboards: { id: string; name: string }[];
  };
  const found = body.dashboards.find((d) => d.name === name);
  if (!found) throw new Error(`no dashboard named ${name}`);
  return found.id;
}

export class LogsPage {
  constructor(readonly page: Page) {}

  editor() {
    return this.page.getByTestId("logs-query-editor");
  }

  async setQuery(text: string): Promise<void> {
    await this.editor().click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(text);
    await expect(this.editor()).toContainText(text.split("\n")[0] ?? "");
  }

  async runWithKeyboard(): Promise<void> {
    await this.editor().click();
    await this.page.keyboard.press("ControlOrMeta+Enter");
  }

  status() {
    return this.page.getByTestId("logs-status");
  }

  async waitForStatus(text: RegExp | string, timeout = 45_000): Promise<void> {
    await expect(this.status()).toHaveText(text, { timeout });
  }

  error() {
    return this.page.getByTestId("logs-query-error");
  }

  runButton() {
    return this.page.getByRole("button", { name: "Run query" });
  }

  cancelButton() {
    return this.page.getByRole("button", { name: "Cancel" });
  }

  rows() {
    return this.page.getByTestId("logs-results-table").locator("[data-index]");
  }

  async showChart(view: "line" | "stacked" | "bar" | "pie"): Promise<void> {
    await this.page.getByRole("tab", { name: "Visualization" }).click();
    await this.page.getByRole("radiogroup", { name: "Chart type" }).getByLabel(view).check();
  }

  async addToDashboard(dashboard: string, title: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Add to dashboard" });
    await form.getByLabel("Widget title").fill(title);
    const select = form.getByLabel("Dashboard");
    const value = await select.locator("option").filter({ hasText: dashboard }).first().getAttribute("value");
    await select.selectOption(value ?? "");
    await form.getByRole("button", { name: "Add to dashboard" }).click();
    await expect(form.getByRole("status")).toContainText(`Added to ${dashboard}`);
  }
}
