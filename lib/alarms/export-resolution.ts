import type { DashboardDocument } from "@/lib/dashboards/model";
import { currentAlarms } from "./service";
import { resolvedAlarmArns } from "./widget-alarms";

/** For export: the explicit ARNs each selector alarm widget resolves to in the current snapshots. */
export async function exportAlarmResolutions(document: DashboardDocument): Promise<Record<string, string[]>> {
  const selectorWidgets = document.widgets.filter((w) => w.type === "alarm-status" && w.selector);
  if (selectorWidgets.length === 0) return {};
  const { alarms } = await currentAlarms();
  return Object.fromEntries(
    selectorWidgets.flatMap((w) => (w.type === "alarm-status" ? [[w.id, resolvedAlarmArns(w, alarms)]] : [])),
  );
}
