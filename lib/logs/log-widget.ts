import { buildLogWidgetQuery, parseLogWidgetQuery } from "@/lib/dashboards/model/log-query";
import type { DashboardDocument, DashboardVariable, GridPosition, LogsWidget } from "@/lib/dashboards/model";

// Log widgets (CloudWatch `type: "log"`) as Watchwall builds and runs them: the Logs page's view becomes
// CloudWatch's view/stacked pair, and a widget's query runs on its groups in its account and Region with the
// dashboard's variables applied.

export type LogsView = "table" | "line" | "stacked" | "bar" | "pie";

/** Size of a widget added from the Logs page. */
export const LOG_WIDGET_SIZE = { w: 12, h: 6 };

export function widgetView(view: LogsView): Pick<LogsWidget, "view" | "stacked"> {
  switch (view) {
    case "table":
      return { view: "table" };
    case "line":
      return { view: "timeSeries", stacked: false };
    case "stacked":
      return { view: "timeSeries", stacked: true };
    case "bar":
      return { view: "bar" };
    case "pie":
      return { view: "pie" };
  }
}

export function viewOfWidget(widget: Pick<LogsWidget, "view" | "stacked">): LogsView {
  if (widget.view === "timeSeries") return widget.stacked ? "stacked" : "line";
  return widget.view ?? "table";
}

export function logWidget(input: {
  id: string;
  title: string;
  accountId: string;
  region: string;
  groups: string[];
  query: string;
  view: LogsView;
  position: GridPosition;
}): LogsWidget {
  const query = buildLogWidgetQuery(input.groups, input.query);
  return {
    type: "logs",
    id: input.id,
    title: input.title,
    position: input.position,
    region: input.region,
    accountId: input.accountId,
    query,
    logGroups: parseLogWidgetQuery(query).logGroups,
    ...widgetView(input.view),
  };
}

function unusedId(document: DashboardDocument): string {
  const taken = new Set(document.widgets.map((w) => w.id));
  let n = 1;
  while (taken.has(`logs-${n}`)) n++;
  return `logs-${n}`;
}

export function appendLogWidget(
  document: DashboardDocument,
  input: Omit<Parameters<typeof logWidget>[0], "id" | "position">,
): DashboardDocument {
  const bottom = document.widgets.reduce((max, w) => Math.max(max, w.position.y + w.position.h), 0);
  const widget = logWidget({
    ...input,
    id: unusedId(document),
    position: { x: 0, y: bottom, ...LOG_WIDGET_SIZE },
  });
  return { ...document, widgets: [...document.widgets, widget] };
}

function variableValue(
  variable: DashboardVariable,
  values: Readonly<Record<string, string>>,
): string | undefined {
  const chosen = values[variable.id];
  if (chosen !== undefined) return chosen;
  if (variable.defaultValue === "__FIRST") return variable.values?.[0]?.value;
  return variable.defaultValue;
}

/** What a log widget runs: its groups and query body, with pattern variables replaced and a `region` property variable applied. */
export function resolveLogWidget(
  widget: LogsWidget,
  variables: readonly DashboardVariable[],
  values: Readonly<Record<string, string>>,
): { region: string; groups: string[]; query: string } {
  let text = widget.query;
  let region = widget.region;
  for (const variable of variables) {
    const value = variableValue(variable, values);
    if (value === undefined) continue;
    if (variable.type === "pattern" && variable.pattern) {
      let pattern: RegExp;
      try {
        pattern = new RegExp(variable.pattern, "g");
      } catch {
        continue;
      }
      text = text.replace(pattern, value);
      region = region.replace(pattern, value);
    } else if (variable.type === "property" && variable.property?.toLowerCase() === "region") {
      region = value;
    }
  }
  const parsed = parseLogWidgetQuery(text);
  return { region, groups: parsed.logGroups, query: parsed.body };
}
