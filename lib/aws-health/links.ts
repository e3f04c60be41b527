import { alarmNamespaces, type LocatedAlarm } from "@/lib/alarms/query";
import type { HealthLink } from "@/lib/contracts/aws-health";
import { db } from "@/lib/db/client";
import type { HealthEventRecord } from "./model";

// Links from an event's affected resources to what watches them: alarms whose dimensions name the resource
// (an EC2 instance id, an RDS DB id, …) and dashboards whose queries do.

/** [I] Entity values shorter than this (e.g. "1") would match unrelated dimensions. */
const MIN_ENTITY_LENGTH = 4;
/** [I] Dashboards scanned for matching dimensions per request. */
const MAX_DASHBOARDS_SCANNED = 500;

function alarmDimensionValues(alarm: LocatedAlarm): string[] {
  return [
    ...(alarm.dimensions ?? []).map((d) => d.value),
    ...(alarm.metrics ?? []).flatMap((m) => m.metricStat?.dimensions.map((d) => d.value) ?? []),
  ];
}

export interface DashboardDimensions {
  id: string;
  name: string;
  values: Set<string>;
}

function collectValues(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectValues(item, out);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.dimensions)) {
      for (const d of record.dimensions) {
        if (d && typeof d === "object" && typeof (d as { value?: unknown }).value === "string") {
          out.add((d as { value: string }).value);
        }
      }
    }
    for (const value of Object.values(record)) collectValues(value, out);
  }
}

export async function dashboardDimensions(): Promise<DashboardDimensions[]> {
  const rows = await db().dashboard.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, document: true },
    orderBy: { name: "asc" },
    take: MAX_DASHBOARDS_SCANNED,
  });
  return rows.map((row) => {
    const values = new Set<string>();
    collectValues(row.document, values);
    return { id: row.id, name: row.name, values };
  });
}

export function eventLinks(
  event: HealthEventRecord,
  alarms: readonly LocatedAlarm[],
  dashboards: readonly DashboardDimensions[],
): HealthLink[] {
  const links: HealthLink[] = [];
  for (const entity of event.entities) {
    const value = entity.value;
    if (value.length < MIN_ENTITY_LENGTH) continue;
    for (const alarm of alarms) {
      if (entity.awsAccountId && entity.awsAccountId !== alarm.accountId) continue;
      if (!alarmDimensionValues(alarm).includes(value)) continue;
      const params = new URLSearchParams({
        account: alarm.accountId,
        region: alarm.region,
        name: alarm.name,
      });
      links.push({
        kind: "alarm",
        label: `${alarm.name} (${alarm.state}, ${alarmNamespaces(alarm).join(", ")})`,
        href: `/alarms/detail?${params}`,
        entity: value,
      });
    }
    for (const dashboard of dashboards) {
      if (!dashboard.values.has(value)) continue;
      links.push({
        kind: "dashboard",
        label: dashboard.name,
        href: `/dashboards/${dashboard.id}`,
        entity: value,
      });
    }
  }
  return links;
}
