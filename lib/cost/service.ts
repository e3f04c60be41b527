import type { DashboardCostResponse, ProposedCostResponse } from "@/lib/contracts/dashboard-cost";
import { validateDocument } from "@/lib/dashboards/model/validate-document";
import { getDashboard, InvalidDashboardError } from "@/lib/dashboards/repository";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { latestMeasures } from "@/lib/logs/measures";
import {
  costRiseWarrantsWarning,
  estimateDashboardCost,
  logWidgetTargets,
  type MeasureLookup,
} from "./dashboard-cost";
import { openScreens } from "./open-screens";

/** What the documents' log widgets last scanned (an empty lookup if the database cannot say). */
async function measuresFor(documents: DashboardDocument[]): Promise<MeasureLookup> {
  const targets = documents.flatMap((d) =>
    logWidgetTargets(d, d.defaultAccountId ?? "").map((t) => t.target),
  );
  return latestMeasures(targets);
}

export async function savedDashboardCost(id: string): Promise<DashboardCostResponse> {
  const dashboard = await getDashboard(id);
  const [screens, logsMeasures] = await Promise.all([openScreens(id), measuresFor([dashboard.document])]);
  return {
    cost: estimateDashboardCost(dashboard.document, {
      defaultAccountId: dashboard.document.defaultAccountId ?? "",
      openScreens: screens,
      logsMeasures,
    }),
  };
}

export async function proposedDashboardCost(id: string, document: unknown): Promise<ProposedCostResponse> {
  const validation = validateDocument(document);
  if (!validation.ok) throw new InvalidDashboardError(validation.errors);
  const dashboard = await getDashboard(id);
  const [screens, logsMeasures] = await Promise.all([
    openScreens(id),
    measuresFor([dashboard.document, validation.document]),
  ]);
  const current = estimateDashboardCost(dashboard.document, {
    defaultAccountId: dashboard.document.defaultAccountId ?? "",
    openScreens: screens,
    logsMeasures,
  });
  const proposed = estimateDashboardCost(validation.document, {
    defaultAccountId: validation.document.defaultAccountId ?? "",
    openScreens: screens,
    logsMeasures,
  });
  return { current, proposed, warn: costRiseWarrantsWarning(current, proposed) };
}
