"use client";

import { useQuery } from "@tanstack/react-query";
import { formatUsd, proposedCost, useDashboardCost } from "@/lib/client/dashboard-cost";
import type { DashboardDocument } from "@/lib/dashboards/model";

/** "≈ $0.15/day AWS" in the dashboard list; the tooltip says what per-screen fetching would cost. */
export function DashboardCostBadge({ id }: { id: string }) {
  const cost = useDashboardCost(id).data?.cost;
  if (!cost) return null;
  const screens = Math.max(1, cost.openScreens);
  return (
    <span
      data-testid="dashboard-cost"
      title={`Estimated AWS cost per day at its refresh rate (${cost.refresh}); ${formatUsd(cost.usdPerLoad)} per full load. Fetched per screen, ${screens} screen${screens === 1 ? "" : "s"} would cost ${formatUsd(cost.perScreenUsdPerDay)}/day.`}
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
      <div className="muted">
        Shared by every screen. Fetched per screen, the {screens} screen{screens === 1 ? "" : "s"} open now
        would cost {formatUsd(proposed.perScreenUsdPerDay)}/day. Logs Insights widgets add their bytes
        scanned.
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
