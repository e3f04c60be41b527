import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { dashboardIsLive } from "./live";

// Page object for the data-correctness journeys: a dashboard created through the API and opened with an
// explicit view in the URL, plus the simulator's fault-injection endpoint.

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const SIMULATOR_URL = `http://127.0.0.1:${PORT + 2}`;

export interface WidgetSpec {
  id: string;
  title: string;
  metrics: unknown[];
  type?: string;
  region?: string;
}

export async function createDashboard(
  request: APIRequestContext,
  name: string,
  widgets: WidgetSpec[],
): Promise<string> {
  const document = {
    schemaVersion: 2,
    defaultRegion: "us-east-1",
    defaultRange: { type: "relative", duration: "PT3H" },
    defaultRefresh: "off",
    variables: [],
    widgets: widgets.map((w, i) => ({
      type: w.type ?? "line",
      id: w.id,
      title: w.title,
      position: { x: 0, y: i * 6, w: 12, h: 6 },
      region: w.region ?? "us-east-1",
      metrics: w.metrics,
    })),
  };
  const response = await request.post("/api/dashboards", { data: { name, tags: ["e2e-data"], document } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function setFaults(request: APIRequestContext, rules: unknown[]): Promise<void> {
  const response = await request.post(`${SIMULATOR_URL}/_simulator/faults`, { data: rules });
  expect(response.status()).toBe(200);
}

export async function clearFaults(request: APIRequestContext): Promise<void> {
  await request.delete(`${SIMULATOR_URL}/_simulator/faults`);
}

export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(id: string, view: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(view).toString();
    await this.page.goto(`/dashboards/${id}${query ? `?${query}` : ""}`);
  }

  widget(id: string) {
    return this.page.getByTestId(`widget-${id}`);
  }

  async settled(id: string): Promise<void> {
    await dashboardIsLive(this.page);
    await expect(this.widget(id).getByTestId("widget-state")).not.toHaveAttribute("data-state", "loading", {
      timeout: 30_000,
    });
  }

  get scope() {
    return this.page.getByTestId("dashboard-scope");
  }

  get refreshPaused() {
    return this.page.getByTestId("refresh-paused");
  }

  async share(): Promise<string> {
    await this.page.getByRole("button", { name: "Share" }).click();
    await expect(this.page.getByRole("button", { name: "Link copied" })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

export const cpu = (id: string, region: string, visible = false) => ({
  kind: "metric",
  id,
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  dimensions: [{ name: "AutoScalingGroupName", value: "production-web-asg" }],
  stat: "Average",
  region,
  visible,
});

export const expression = (id: string, text: string, label?: string) => ({
  kind: "expression",
  id,
  expression: text,
  visible: true,
  ...(label ? { label } : {}),
});
