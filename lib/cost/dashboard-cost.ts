import { isMetricWidget, type DashboardDocument } from "@/lib/dashboards/model";
import { widgetPanel } from "@/lib/metrics/widget-panel";
import { planPanel } from "@/lib/metrics/plan";
import { ttlFor } from "@/lib/metrics/fetch-unit-store";
import { refreshIntervalMs, resolveRange } from "@/lib/time";
import { pricesFor } from "@/lib/aws/prices";

// A dashboard's estimated AWS cost per day at its refresh rate. GetMetricData bills every metric requested;
// a refresh asks for each planned query once (widgets sharing a query share it), and only when the shared
// store's copy has expired or the range has moved to a new period, so a 10 s refresh of 5-minute data fetches
// every minute at most, not every 10 s. With
// Watchwall's sharing that is the cost however many screens show the dashboard; fetching per screen would
// multiply it by the screens open. Logs Insights is billed by bytes scanned, known only after a query ran.

const DAY_MS = 86_400_000;
/** [I] Plot width assumed for widgets when estimating (the period, hence the query count, barely depends on it). */
export const ESTIMATE_WIDTH_PX = 600;
/** [I] A save that raises the daily cost by more than this factor (and by at least MIN_WARN_USD) warns. */
export const COST_WARN_FACTOR = 2;
export const COST_WARN_MIN_USD_PER_DAY = 0.5;

export interface RegionCost {
  region: string;
  metricsPerRefresh: number;
  metricsPerDay: number;
  usdPerDay: number;
}

export interface DashboardCost {
  refresh: DashboardDocument["defaultRefresh"];
  /** Metrics GetMetricData is asked for on one full load of the dashboard. */
  metricsPerLoad: number;
  /** Estimated spend of one full load (what a refresh costs when nothing is cached). */
  usdPerLoad: number;
  /** With Watchwall's sharing: one fetch per query per refresh (or per cache lifetime), for all screens. */
  usdPerDay: number;
  byRegion: RegionCost[];
  /** Screens showing it now (on this server). */
  openScreens: number;
  /** What fetching per screen would cost per day for the open screens (at least one). */
  perScreenUsdPerDay: number;
  logsInsights: { note: string };
}

export function estimateDashboardCost(
  document: DashboardDocument,
  options: { now?: number; defaultAccountId?: string; openScreens?: number } = {},
): DashboardCost {
  const now = options.now ?? Date.now();
  const range = resolveRange(document.defaultRange, now);
  const refreshMs = refreshIntervalMs(document.defaultRefresh);
  const relative = document.defaultRange.type === "relative";
  const regions = new Map<string, RegionCost>();
  const seen = new Set<string>();
  const perScreenByRegion = new Map<string, number>();
  for (const widget of document.widgets.filter(isMetricWidget)) {
    const { panel } = widgetPanel(widget, {
      defaultAccountId: widget.accountId ?? options.defaultAccountId ?? "",
      range,
      now,
      widthPx: ESTIMATE_WIDTH_PX,
      variables: document.variables,
      variableValues: {},
    });
    for (const unit of planPanel(panel, { ...range, now }).units) {
      if (seen.has(unit.key)) continue;
      seen.add(unit.key);
      const metrics = unit.queries.length;
      const region = regions.get(unit.scope.region) ?? {
        region: unit.scope.region,
        metricsPerRefresh: 0,
        metricsPerDay: 0,
        usdPerDay: 0,
      };
      region.metricsPerRefresh += metrics;
      if (refreshMs !== null) {
        // The shared store refetches when its copy expires, and a relative range moves to a new window
        // (a new fetch) once per period; never more often than the refresh.
        const windowMs = relative ? unit.period * 1000 : Number.POSITIVE_INFINITY;
        const interval = Math.max(refreshMs, Math.min(ttlFor(unit.live, unit.period), windowMs));
        region.metricsPerDay += (metrics * DAY_MS) / interval;
        const perScreen = (metrics * DAY_MS) / refreshMs;
        perScreenByRegion.set(unit.scope.region, (perScreenByRegion.get(unit.scope.region) ?? 0) + perScreen);
      }
      regions.set(unit.scope.region, region);
    }
  }
  let usdPerLoad = 0;
  let usdPerDay = 0;
  let perScreenUsd = 0;
  for (const region of regions.values()) {
    const price = pricesFor(region.region).getMetricDataPerMetric;
    region.usdPerDay = region.metricsPerDay * price;
    usdPerDay += region.usdPerDay;
    usdPerLoad += region.metricsPerRefresh * price;
    perScreenUsd += (perScreenByRegion.get(region.region) ?? 0) * price;
  }
  const openScreens = options.openScreens ?? 0;
  return {
    refresh: document.defaultRefresh,
    metricsPerLoad: [...regions.values()].reduce((n, r) => n + r.metricsPerRefresh, 0),
    usdPerLoad,
    usdPerDay,
    byRegion: [...regions.values()].sort((a, b) => b.usdPerDay - a.usdPerDay),
    openScreens,
    perScreenUsdPerDay: perScreenUsd * Math.max(1, openScreens),
    logsInsights: {
      note: "Logs Insights is billed by bytes scanned; watchwall_logs_insights_bytes_scanned_total on /metrics shows what its widgets scan",
    },
  };
}

/** True when saving `next` would raise the daily cost "a lot" compared with `current`. */
export function costRiseWarrantsWarning(current: DashboardCost, next: DashboardCost): boolean {
  const rise = next.usdPerDay - current.usdPerDay;
  return rise >= COST_WARN_MIN_USD_PER_DAY && next.usdPerDay > current.usdPerDay * COST_WARN_FACTOR;
}
