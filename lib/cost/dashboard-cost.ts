import { isMetricWidget, type DashboardDocument, type LogsWidget } from "@/lib/dashboards/model";
import { widgetPanel } from "@/lib/metrics/widget-panel";
import { planPanel } from "@/lib/metrics/plan";
import { ttlFor } from "@/lib/metrics/fetch-unit-store";
import { refreshIntervalMs, resolveRange } from "@/lib/time";
import { pricesFor } from "@/lib/aws/prices";
import { RANGE_ALIGN_MS } from "@/lib/logs/constants";
import { resolveLogWidget } from "@/lib/logs/log-widget";
import { measureKeyOf, type Measure, type MeasureTarget } from "@/lib/logs/measure-keys";

// A dashboard's estimated AWS cost per day at its refresh rate. GetMetricData bills every metric requested;
// a refresh asks for each planned query once (widgets sharing a query share it), and only when the shared
// store's copy has expired or the range has moved to a new period, so a 10 s refresh of 5-minute data fetches
// every minute at most, not every 10 s. With
// Watchwall's sharing that is the cost however many screens show the dashboard; fetching per screen would
// multiply it by the screens open.
//
// Logs Insights widgets are billed by the bytes they scan: bytes per run × runs per day × the Region's price
// per GB. Bytes per run come from what the widget's query last scanned (recorded by lib/logs when a query
// completes, scaled to the dashboard's range length), else from another query on the same log groups (Logs
// Insights scans the groups' events in the range whatever the query), else from an assumed volume per log
// group (ASSUMED_LOGS_BYTES_PER_GROUP_HOUR); each widget says which. A widget on a relative range re-runs at
// the dashboard's refresh, shared by every screen of one server within a RANGE_ALIGN_MS step.

const DAY_MS = 86_400_000;
/** [I] Plot width assumed for widgets when estimating (the period, hence the query count, barely depends on it). */
export const ESTIMATE_WIDTH_PX = 600;
/** [I] A save that raises the daily cost by more than this factor (and by at least MIN_WARN_USD) warns. */
export const COST_WARN_FACTOR = 2;
export const COST_WARN_MIN_USD_PER_DAY = 0.5;
/**
 * [I] Bytes a log group is assumed to hold per hour of range when no query on it has been measured yet
 * (about 1.2 GB a day: a busy service's logs). Replaced by the measured bytes once the widget has run.
 */
export const ASSUMED_LOGS_BYTES_PER_GROUP_HOUR = 50e6;
const HOUR_MS = 3_600_000;

export interface RegionCost {
  region: string;
  metricsPerRefresh: number;
  metricsPerDay: number;
  /** Bytes the dashboard's Logs Insights widgets scan per day in this Region (shared runs). */
  logsBytesPerDay: number;
  /** GetMetricData and Logs Insights together. */
  usdPerDay: number;
}

/** Where a log widget's bytes per run come from. */
export type LogsBytesBasis = "measured-query" | "measured-groups" | "assumed";

export interface LogWidgetCost {
  widgetId: string;
  accountId: string;
  region: string;
  logGroups: number;
  /** Bytes one run scans over the dashboard's range. */
  bytesPerRun: number;
  basis: LogsBytesBasis;
  /** Epoch ms of the measure used (measured bases only). */
  measuredAt?: number;
  /** Runs per day with Watchwall's sharing (0: the range is fixed or refresh is off). */
  runsPerDay: number;
  usdPerRun: number;
  usdPerDay: number;
}

export interface LogsInsightsCost {
  widgets: LogWidgetCost[];
  bytesPerLoad: number;
  usdPerLoad: number;
  usdPerDay: number;
  /** What the open screens would cost per day if each ran the widgets itself. */
  perScreenUsdPerDay: number;
  note: string;
}

/** A dashboard's log widget as it runs: its account, Region, groups and query with default variable values. */
export interface LogWidgetTarget {
  widgetId: string;
  target: MeasureTarget;
}

export function logWidgetTargets(document: DashboardDocument, defaultAccountId = ""): LogWidgetTarget[] {
  const targets: LogWidgetTarget[] = [];
  for (const widget of document.widgets) {
    if (widget.type !== "logs") continue;
    const logs = widget as LogsWidget;
    // Queries in another language are kept but never run (components/widgets/LogWidgetView.tsx).
    if (logs.queryLanguage && logs.queryLanguage !== "CWLI") continue;
    const accountId = logs.accountId ?? defaultAccountId;
    const resolved = resolveLogWidget(logs, document.variables, {});
    if (!accountId || resolved.groups.length === 0 || !resolved.query) continue;
    targets.push({
      widgetId: logs.id,
      target: {
        accountId,
        region: resolved.region,
        logGroupNames: resolved.groups,
        queryString: resolved.query.trim(),
      },
    });
  }
  return targets;
}

export type MeasureLookup = ReadonlyMap<string, Measure & { basis: "query" | "groups" }>;

export interface DashboardCost {
  refresh: DashboardDocument["defaultRefresh"];
  /** Metrics GetMetricData is asked for on one full load of the dashboard. */
  metricsPerLoad: number;
  /** Estimated spend of one full load (what a refresh costs when nothing is cached). */
  usdPerLoad: number;
  /** With Watchwall's sharing: one fetch per query per refresh (or per cache lifetime), for all screens; Logs Insights included. */
  usdPerDay: number;
  /** The GetMetricData part of usdPerDay. */
  metricsUsdPerDay: number;
  byRegion: RegionCost[];
  /** Screens showing it now (on this server). */
  openScreens: number;
  /** What fetching per screen would cost per day for the open screens (at least one). */
  perScreenUsdPerDay: number;
  logsInsights: LogsInsightsCost;
}

export function estimateDashboardCost(
  document: DashboardDocument,
  options: {
    now?: number;
    defaultAccountId?: string;
    openScreens?: number;
    /** What the log widgets' queries last scanned, by measureKeyOf (lib/logs/measures.ts's latestMeasures). */
    logsMeasures?: MeasureLookup;
  } = {},
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
        logsBytesPerDay: 0,
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
  const metricsUsdPerDay = usdPerDay;
  const openScreens = options.openScreens ?? 0;
  const screens = Math.max(1, openScreens);
  const logs = estimateLogsInsights(document, {
    rangeMs: range.end - range.start,
    refreshMs: relative ? refreshMs : null,
    defaultAccountId: options.defaultAccountId ?? "",
    measures: options.logsMeasures ?? new Map(),
  });
  for (const widget of logs.widgets) {
    const region = regions.get(widget.region) ?? {
      region: widget.region,
      metricsPerRefresh: 0,
      metricsPerDay: 0,
      logsBytesPerDay: 0,
      usdPerDay: 0,
    };
    region.logsBytesPerDay += widget.bytesPerRun * widget.runsPerDay;
    region.usdPerDay += widget.usdPerDay;
    regions.set(widget.region, region);
  }
  return {
    refresh: document.defaultRefresh,
    metricsPerLoad: [...regions.values()].reduce((n, r) => n + r.metricsPerRefresh, 0),
    usdPerLoad: usdPerLoad + logs.usdPerLoad,
    usdPerDay: metricsUsdPerDay + logs.usdPerDay,
    metricsUsdPerDay,
    byRegion: [...regions.values()].sort((a, b) => b.usdPerDay - a.usdPerDay),
    openScreens,
    perScreenUsdPerDay: perScreenUsd * screens + logs.perScreenUsdPerDay * screens,
    logsInsights: { ...logs, perScreenUsdPerDay: logs.perScreenUsdPerDay * screens },
  };
}

/**
 * The log widgets' part of the cost. `refreshMs` null: they do not re-run (refresh off or a fixed range).
 * perScreenUsdPerDay is for one screen running every widget itself at the refresh rate.
 */
export function estimateLogsInsights(
  document: DashboardDocument,
  options: { rangeMs: number; refreshMs: number | null; defaultAccountId: string; measures: MeasureLookup },
): LogsInsightsCost {
  const widgets: LogWidgetCost[] = [];
  const seen = new Set<string>();
  let perScreenUsdPerDay = 0;
  let bytesPerLoad = 0;
  for (const { widgetId, target } of logWidgetTargets(document, options.defaultAccountId)) {
    const key = measureKeyOf(target);
    const measure = options.measures.get(key);
    const bytesPerRun = measure
      ? (measure.bytesScanned * options.rangeMs) / Math.max(1, measure.rangeMs)
      : (ASSUMED_LOGS_BYTES_PER_GROUP_HOUR * target.logGroupNames.length * options.rangeMs) / HOUR_MS;
    const usdPerRun = bytesPerRun * pricesFor(target.region).logsInsightsPerByte;
    // Widgets asking for the same query on the same groups share one run on the server.
    const duplicate = seen.has(key);
    seen.add(key);
    const runsPerDay =
      options.refreshMs === null || duplicate ? 0 : DAY_MS / Math.max(options.refreshMs, RANGE_ALIGN_MS);
    if (!duplicate) bytesPerLoad += bytesPerRun;
    if (options.refreshMs !== null && !duplicate)
      perScreenUsdPerDay += (usdPerRun * DAY_MS) / options.refreshMs;
    widgets.push({
      widgetId,
      accountId: target.accountId,
      region: target.region,
      logGroups: target.logGroupNames.length,
      bytesPerRun,
      basis: measure ? (measure.basis === "query" ? "measured-query" : "measured-groups") : "assumed",
      ...(measure ? { measuredAt: measure.measuredAt } : {}),
      runsPerDay,
      usdPerRun: duplicate ? 0 : usdPerRun,
      usdPerDay: usdPerRun * runsPerDay,
    });
  }
  return {
    widgets,
    bytesPerLoad,
    usdPerLoad: widgets.reduce((n, w) => n + w.usdPerRun, 0),
    usdPerDay: widgets.reduce((n, w) => n + w.usdPerDay, 0),
    perScreenUsdPerDay,
    note:
      widgets.length === 0
        ? "No Logs Insights widgets"
        : "Logs Insights: bytes scanned per run (measured from the widget's last query, or another query on its log groups, else assumed) × runs per day × the Region's price per GB. Runs are shared within each server",
  };
}

/** True when saving `next` would raise the daily cost "a lot" compared with `current`. */
export function costRiseWarrantsWarning(current: DashboardCost, next: DashboardCost): boolean {
  const rise = next.usdPerDay - current.usdPerDay;
  return rise >= COST_WARN_MIN_USD_PER_DAY && next.usdPerDay > current.usdPerDay * COST_WARN_FACTOR;
}
