import { GRID_COLUMNS, type DashboardDocument, type HealthWidget } from "@/lib/dashboards/model";

// The /health filters as a Health widget (Watchwall's own type), appended below a dashboard's widgets.

/** [I] Size of an appended Health widget: half the width, room for about eight events. */
const WIDGET_WIDTH = 12;
const WIDGET_HEIGHT = 6;

export interface HealthSelection {
  account?: string;
  service?: string;
  region?: string;
}

const list = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

export function appendHealthWidget(
  document: DashboardDocument,
  selection: HealthSelection,
): DashboardDocument {
  const ids = new Set(document.widgets.map((w) => w.id));
  let n = 1;
  while (ids.has(`health-${n}`)) n++;
  const bottom = document.widgets.reduce((y, w) => Math.max(y, w.position.y + w.position.h), 0);
  const accounts = list(selection.account);
  const services = list(selection.service);
  const regions = list(selection.region);
  const widget: HealthWidget = {
    type: "aws-health",
    id: `health-${n}`,
    title: ["AWS Health", services.join(", "), regions.join(", ")].filter(Boolean).join(" · "),
    position: { x: 0, y: bottom, w: Math.min(WIDGET_WIDTH, GRID_COLUMNS), h: WIDGET_HEIGHT },
    ...(accounts.length ? { accounts } : {}),
    ...(services.length ? { services } : {}),
    ...(regions.length ? { regions } : {}),
  };
  return { ...document, widgets: [...document.widgets, widget] };
}
