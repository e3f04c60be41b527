import type { AlarmSelector, AlarmStatusWidget, DashboardDocument } from "@/lib/dashboards/model";
import { GRID_COLUMNS } from "@/lib/dashboards/model";
import { isAlarmState } from "./model";
import type { AlarmSort } from "./query";

// The /alarms page's selection as an alarm status widget (Watchwall's selector), appended to a dashboard.

/** [I] Size of an appended alarm widget: full width, room for two rows of tiles. */
const WIDGET_HEIGHT = 4;

const SORT_BY: Record<AlarmSort, string> = {
  name: "default",
  state: "stateUpdatedTimestamp",
  changed: "timestamp",
};

export interface AlarmSelection {
  state?: string;
  account?: string;
  region?: string;
  prefix?: string;
  sort?: AlarmSort;
}

const list = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

export function selectorOf(selection: AlarmSelection): AlarmSelector {
  const states = list(selection.state).filter(isAlarmState);
  const accounts = list(selection.account);
  const regions = list(selection.region);
  return {
    ...(accounts.length ? { accounts } : {}),
    ...(regions.length ? { regions } : {}),
    ...(states.length ? { states } : {}),
    ...(selection.prefix ? { namePrefix: selection.prefix } : {}),
  };
}

export function selectionTitle(selector: AlarmSelector): string {
  const parts = [
    selector.states?.join(" or ") ?? "All alarms",
    selector.accounts ? `in ${selector.accounts.join(", ")}` : "in all accounts",
    selector.regions ? `(${selector.regions.join(", ")})` : "",
    selector.namePrefix ? `named ${selector.namePrefix}…` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

export function appendSelectionWidget(
  document: DashboardDocument,
  selection: AlarmSelection,
): DashboardDocument {
  const ids = new Set(document.widgets.map((w) => w.id));
  let n = 1;
  while (ids.has(`alarms-${n}`)) n++;
  const bottom = document.widgets.reduce((y, w) => Math.max(y, w.position.y + w.position.h), 0);
  const selector = selectorOf(selection);
  const widget: AlarmStatusWidget = {
    type: "alarm-status",
    id: `alarms-${n}`,
    title: selectionTitle(selector),
    position: { x: 0, y: bottom, w: GRID_COLUMNS, h: WIDGET_HEIGHT },
    alarms: [],
    sortBy: SORT_BY[selection.sort ?? "state"],
    selector,
  };
  return { ...document, widgets: [...document.widgets, widget] };
}
