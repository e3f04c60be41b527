import { MAX_WIDGETS_PER_REQUEST } from "@/lib/contracts/metrics-query";
import type { DashboardVariable, Widget } from "@/lib/dashboards/model";
import type { RefreshInterval, TimeRange } from "@/lib/time";

// How a view's metric widgets become requests and cache keys. No hooks here: the dashboard page's server
// component plans the same requests, answers them with the page and seeds the browser's cache under the
// very keys the browser would use, so the first data arrives with the HTML instead of after hydration.

export interface MetricsViewInput {
  widgets: Widget[];
  range: TimeRange;
  widths: Record<string, number>;
  variables: DashboardVariable[];
  variableValues: Record<string, string>;
  refresh: RefreshInterval;
  /** The dashboard's default account, read by widgets that name none. */
  defaultAccountId?: string;
  /** The saved dashboard the widgets are from (not while editing): wall screens and anonymous viewers must
   *  name it, and may only run its saved widgets. */
  dashboardId?: string;
}

export const metricsKeys = {
  all: ["metrics"] as const,
  view: (input: Omit<MetricsViewInput, "refresh">) =>
    [
      ...metricsKeys.all,
      input.widgets,
      input.range,
      input.widths,
      input.variables,
      input.variableValues,
      input.defaultAccountId,
      input.dashboardId,
    ] as const,
};

/** The POST /api/metrics/query body for some of the view's widgets. */
export function metricsRequestBody(input: Omit<MetricsViewInput, "refresh">, widgets: Widget[]) {
  return {
    range: input.range,
    widgets,
    widths: input.widths,
    variables: input.variables,
    variableValues: input.variableValues,
    ...(input.defaultAccountId ? { defaultAccountId: input.defaultAccountId } : {}),
    ...(input.dashboardId ? { dashboardId: input.dashboardId } : {}),
  };
}

/**
 * Widgets grouped by the accounts and Regions their queries reach, so each group is its own request: a
 * widget appears as soon as its own data has arrived, and one slow account or Region delays only its widgets.
 * Queries are packed per account and Region on the server anyway, so this costs no extra AWS call.
 */
export function scopeGroups(widgets: readonly Widget[]): Widget[][] {
  const groups = new Map<string, Widget[][]>();
  for (const widget of widgets) {
    if (!("metrics" in widget)) continue;
    const scopes = new Set([
      `${widget.accountId ?? ""}|${widget.region}`,
      ...widget.metrics.map((q) => `${q.accountId ?? widget.accountId ?? ""}|${q.region ?? widget.region}`),
    ]);
    const key = [...scopes].sort().join(",");
    const chunks = groups.get(key) ?? [];
    const last = chunks.at(-1);
    if (last && last.length < MAX_WIDGETS_PER_REQUEST) last.push(widget);
    else chunks.push([widget]);
    groups.set(key, chunks);
  }
  return [...groups.values()].flat();
}

/**
 * `batches`: the widgets to fetch, grouped by when they came into view (the view mounts far-away widgets
 * only when scrolled near). Each batch is grouped by scope on its own, so a newly seen batch adds requests
 * without changing the earlier ones' keys.
 */
export function viewGroups(batches: readonly (readonly Widget[])[]): Widget[][] {
  return batches.flatMap((batch) => scopeGroups(batch));
}
