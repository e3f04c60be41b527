import { createDashboard, listDashboards } from "@/lib/dashboards/repository";
import { demoDashboards, type DemoWorld } from "./dashboards";

/** First start in simulator mode: a database with no dashboards at all gets the demo dashboards. */
export async function seedDemoDashboards(world: DemoWorld): Promise<number> {
  if ((await listDashboards()).length > 0) return 0;
  const demos = demoDashboards(world);
  for (const demo of demos) await createDashboard(demo.metadata, demo.document);
  return demos.length;
}
