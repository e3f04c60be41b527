import { formatUsd, proposedCost } from "@/lib/client/dashboard-cost";
import type { DashboardDocument } from "@/lib/dashboards/model";

/** Before a save: asks the user when it would raise the dashboard's estimated AWS cost a lot. */
export async function confirmCostRise(id: string, document: DashboardDocument): Promise<boolean> {
  try {
    const { current, proposed, warn } = await proposedCost(id, document);
    if (!warn) return true;
    return window.confirm(
      `This save raises the dashboard's estimated AWS cost from ${formatUsd(current.usdPerDay)} to ${formatUsd(proposed.usdPerDay)} per day. Save anyway?`,
    );
  } catch {
    // An estimate that cannot be made must not block saving.
    return true;
  }
}
