import { createDashboard, listDashboards } from "@/lib/dashboards/repository";
import { demoDashboards } from "./dashboards";

/** First start in simulator mode: a database with no dashboards at all gets the demo dashboards. */
export async function seedDemoDashboards(): Promise<number> {
  if ((await listDashboards()).length > 0) return 0;
  const demos = demoDashboards();
  for (const demo of demos) await createDashboard(demo.metadata, demo.document);
  return demos.length;
}
