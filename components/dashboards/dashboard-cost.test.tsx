import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dashboardCostKeys } from "@/lib/client/dashboard-cost";
import type { DashboardCostResponse } from "@/lib/contracts/dashboard-cost";
import { estimateDashboardCost } from "@/lib/cost/dashboard-cost";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { logWidget } from "@/lib/logs/log-widget";
import { benchDashboardDocument } from "@/lib/metrics/bench/bench-dashboard";
import { DashboardCostBadge, DashboardCostPanel } from "./DashboardCost";

// The cost where people see it — the dashboard list's badge and the settings panel — names the Logs
// Insights part: its bytes per load, whether they were measured or assumed, and its dollars a day.

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const document: DashboardDocument = {
  ...benchDashboardDocument("ui"),
  defaultRefresh: "5m",
  widgets: [
    logWidget({
      id: "logs-1",
      title: "Errors",
      accountId: "111111111111",
      region: "us-east-1",
      groups: ["/aws/lambda/checkout"],
      query: "filter @message like /ERROR/",
      view: "table",
      position: { x: 0, y: 0, w: 12, h: 6 },
    }),
  ],
};
const cost: DashboardCostResponse["cost"] = estimateDashboardCost(document, { now: NOW, openScreens: 2 });

function render(node: React.ReactNode, seed: (client: QueryClient) => void): string {
  const client = new QueryClient();
  seed(client);
  return renderToStaticMarkup(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

describe("dashboard cost views", () => {
  it("the list's badge tells the Logs Insights part in its tooltip", () => {
    const html = render(<DashboardCostBadge id="d1" />, (c) =>
      c.setQueryData(dashboardCostKeys.one("d1"), { cost }),
    );
    expect(html).toContain("Logs Insights: 1 widget, 150 MB scanned per load (assumed: not run yet)");
    expect(html).toMatch(/≈ \$\d+\.\d\d\/day AWS/);
  });

  it("the settings panel shows the Logs Insights part beside GetMetricData", () => {
    const html = render(<DashboardCostPanel dashboardId="d1" document={document} />, (c) =>
      c.setQueryData(["dashboards", "cost", "d1", "proposed", document], {
        current: cost,
        proposed: cost,
        warn: false,
      }),
    );
    expect(html).toContain('data-testid="dashboard-cost-logs"');
    expect(html).toContain("150 MB scanned per load (assumed: not run yet)");
    expect(html).toContain("GetMetricData $0/day");
  });
});
