import type { DashboardCostResponse, ProposedCostResponse } from "@/lib/contracts/dashboard-cost";
import { validateDocument } from "@/lib/dashboards/model/validate-document";
import { getDashboard, InvalidDashboardError } from "@/lib/dashboards/repository";
import { costRiseWarrantsWarning, estimateDashboardCost } from "./dashboard-cost";
import { openScreens } from "./open-screens";

export async function savedDashboardCost(id: string): Promise<DashboardCostResponse> {
  const dashboard = await getDashboard(id);
  const screens = await openScreens(id);
  return {
    cost: estimateDashboardCost(dashboard.document, {
      defaultAccountId: dashboard.document.defaultAccountId ?? "",
      openScreens: screens,
    }),
  };
}

export async function proposedDashboardCost(id: string, document: unknown): Promise<ProposedCostResponse> {
  const validation = validateDocument(document);
  if (!validation.ok) throw new InvalidDashboardError(validation.errors);
  const dashboard = await getDashboard(id);
  const screens = await openScreens(id);
  const current = estimateDashboardCost(dashboard.document, {
    defaultAccountId: dashboard.document.defaultAccountId ?? "",
    openScreens: screens,
  });
  const proposed = estimateDashboardCost(validation.document, {
    defaultAccountId: validation.document.defaultAccountId ?? "",
    openScreens: screens,
  });
  return { current, proposed, warn: costRiseWarrantsWarning(current, proposed) };
}
