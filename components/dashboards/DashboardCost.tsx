"use client";

import { useQuery } from "@tanstack/react-query";
import { formatBytes, formatUsd, proposedCost, useDashboardCost } from "@/lib/client/dashboard-cost";
import type { DashboardCostResponse } from "@/lib/contracts/dashboard-cost";
import type { DashboardDocument } from "@/lib/dashboards/model";

type Cost = DashboardCostResponse["cost"];

/** "Logs Insights: 2 widgets, 1.2 GB per run (measured), $0.40/day" — or nothing without log widgets. */
function logsSummary(cost: Cost): string | null {
  const logs = cost.logsInsights;
  if (logs.widgets.length === 0) return null;
  const assumed = logs.widgets.filter((w) => w.basis === "assumed").length;
  const basis =
    assumed === 0
      ? "measured from their last runs"
      : assumed === logs.widgets.length
        ? "assumed: not run yet"
        : `${assumed} of them assumed: not run yet`;
  return `Logs Insights: ${logs.widgets.length} widget${logs.widgets.length === 1 ? "" : "s"}, ${formatBytes(logs.bytesPerLoad)} scanned per load (${basis}), ${formatUsd(logs.usdPerDay)}/day`;
}

/** "≈ $0.15/day AWS" in the dashboard list; the tooltip says what per-screen fetching would cost. */
export function DashboardCostBadge({ id }: { id: string }) {
  const cost = useDashboardCost(id).data?.cost;
  if (!cost) return null;
  const screens = Math.max(1, cost.openScreens);
  return (
    <span
      data-testid="dashboard-cost"
      title={`Estimated AWS cost per day at its refresh rate (${cost.refresh}); ${formatUsd(cost.usdPerLoad)} per full load. GetMetricData: ${formatUsd(cost.metricsUsdPerDay)}/day. ${logsSummary(cost) ?? "No Logs Insights widgets"}. Fetched per screen, ${screens} screen${screens === 1 ? "" : "s"} would cost ${formatUsd(cost.perScreenUsdPerDay)}/day.`}
    >
      ≈ {formatUsd(cost.usdPerDay)}/day AWS
    </span>
  );
}

/** In dashboard settings: the saved dashboard's cost, the edited one's, and a warning when it rises a lot. */
export function DashboardCostPanel({
  dashboardId,
  document,
}: {
  dashboardId: string;
  document: DashboardDocument;
}) {
  const estimate = useQuery({
    queryKey: ["dashboards", "cost", dashboardId, "proposed", document],
    queryFn: ({ signal }) => proposedCost(dashboardId, document, signal),
    staleTime: 30_000,
  });
  const data = estimate.data;
  if (!data) return estimate.isError ? <p className="muted">Cost estimate unavailable.</p> : null;
  const { current, proposed, warn } = data;
  const screens = Math.max(1, proposed.openScreens);
  return (
    <div data-testid="dashboard-cost-panel">
      <div>
        Estimated AWS cost: <strong>{formatUsd(proposed.usdPerDay)}/day</strong> at refresh {proposed.refresh}{" "}
        ({proposed.metricsPerLoad.toLocaleString("en-US")} metrics per load)
        {proposed.usdPerDay !== current.usdPerDay && (
          <> — saved version: {formatUsd(current.usdPerDay)}/day</>
        )}
      </div>
      {proposed.logsInsights.widgets.length > 0 && (
        <div data-testid="dashboard-cost-logs">
          {logsSummary(proposed)}; GetMetricData {formatUsd(proposed.metricsUsdPerDay)}/day.
        </div>
      )}
      <div className="muted">
        Shared by every screen. Fetched per screen, the {screens} screen{screens === 1 ? "" : "s"} open now on
        every server would cost {formatUsd(proposed.perScreenUsdPerDay)}/day.
      </div>
      {warn && (
        <p role="alert" data-testid="dashboard-cost-warning">
          These changes raise the estimated cost from {formatUsd(current.usdPerDay)} to{" "}
          {formatUsd(proposed.usdPerDay)} per day.
        </p>
      )}
    </div>
  );
}
