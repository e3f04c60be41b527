import { test as base, type APIRequestContext } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { DashboardListPage } from "./pages/dashboard-list-page";
import { DashboardPage } from "./pages/dashboard-page";

// The journeys' one entry point: Playwright's test with the page objects as fixtures, and API helpers for
// setting up state without clicking through it.

export { expect } from "@playwright/test";

/**
 * The demo dashboards the launcher seeds in simulator mode: the simulator's CloudWatch dashboards of the
 * production account, imported (lib/demo-dashboards/seed.ts). Imported widgets are numbered w1, w2… in
 * body order.
 */
export const DEMO_DASHBOARDS = {
  fleet: "Fleet-Overview",
  service: "Service-Health",
  search: "Cross-Region-Search",
} as const;

/** Widgets of Fleet-Overview (lib/simulator/cloudwatch-dashboards/demo-fleet.ts). */
export const FLEET_WIDGETS = {
  /** "CPU utilization by instance": one line per EC2 instance of production us-east-1. */
  cpuByInstance: "w2",
  /** "Web tier CPU": a single value with sparkline. */
  webTierCpu: "w4",
} as const;

/** Widgets of Service-Health (lib/simulator/cloudwatch-dashboards/demo-service.ts). */
export const SERVICE_WIDGETS = {
  /** The production load balancer's "5XX error rate": Metric Math over its 5XX count and requests. */
  albErrorRate: "w1",
} as const;

/** EC2 instances of the production account in us-east-1 in the simulator's demo world. */
export const PRODUCTION_US_EAST_1_INSTANCES = 7;

export interface CreatedDashboard {
  id: string;
  version: number;
  document: unknown;
}

/** POST /api/dashboards: an empty dashboard to start a journey from. */
export async function createDashboard(request: APIRequestContext, name: string): Promise<CreatedDashboard> {
  const response = await request.post("/api/dashboards", { data: { name, tags: [] } });
  if (response.status() !== 201) throw new Error(`creating ${name}: HTTP ${response.status()}`);
  return (await response.json()) as CreatedDashboard;
}

interface PageObjects {
  shell: AppShell;
  dashboards: DashboardListPage;
  dashboard: DashboardPage;
}

// Playwright's fixture callback is named `provide` here: ESLint's React rules read `use` as React's hook.
export const test = base.extend<PageObjects>({
  shell: async ({ page }, provide) => provide(new AppShell(page)),
  dashboards: async ({ page }, provide) => provide(new DashboardListPage(page)),
  dashboard: async ({ page }, provide) => provide(new DashboardPage(page)),
});
