// Data sources the Metric Math engine cannot compute itself: SEARCH over the metric catalogue, Metrics
// Insights queries, and anomaly-detection bands derived from the demo world's expected values.

import {
  insightsGroupValues,
  matchesInsightsQuery,
  matchesSearch,
  MetricMathValidationError,
  parseMetricsInsights,
  parseSearch,
  searchMemberLabels,
  semantics,
  type EvaluationHooks,
  type MetricIdentity,
  type SearchRequest,
  type TimeSeries,
} from "@/lib/metric-math";
import { isMonitoringAccount, linkedSourceAccounts } from "@/lib/simulator/demo";
import { LIST_METRICS_WINDOW_SECONDS, type ListedMetric, type MetricsBackend } from "./backend";
import { parseStatistic } from "./statistics";
import { roundStart } from "./time-grid";

/** [D] At most this many series come back from one SEARCH or Metrics Insights query. */
export const MAX_SEARCH_SERIES = 500;
/** [D] Metrics Insights scans at most this many metrics. */
export const MAX_INSIGHTS_METRICS_SCANNED = 10_000;
/** [D] Metrics Insights aggregates high-resolution data to one minute. */
const INSIGHTS_MIN_PERIOD = 60;

export interface HookContext {
  backend: MetricsBackend;
  accountId: string;
  region: string;
  now: number;
  start: number;
  end: number;
  defaultPeriod: number;
  /** Called when a SEARCH or Metrics Insights query had to drop series. */
  onTruncated(code: string, detail: string): void;
}

function visibleAccounts(ctx: HookContext): string[] {
  return isMonitoringAccount(ctx.accountId)
    ? [ctx.accountId, ...linkedSourceAccounts(ctx.accountId)]
    : [ctx.accountId];
}

function candidates(ctx: HookContext): ListedMetric[] {
  const since = ctx.now - LIST_METRICS_WINDOW_SECONDS;
  return visibleAccounts(ctx).flatMap((a) => ctx.backend.listMetrics(a, ctx.region, ctx.now, since));
}

function fetchSeries(
  ctx: HookContext,
  m: ListedMetric,
  stat: string,
  period: number,
  label: string,
): TimeSeries {
  const metric: MetricIdentity = {
    namespace: m.namespace,
    metricName: m.metricName,
    dimensions: m.dimensions,
  };
  const data = ctx.backend.query(m.accountId, ctx.region, metric, stat, period, ctx.start, ctx.end, {
    now: ctx.now,
  });
  return {
    label,
    timestamps: data.timestamps,
    values: data.values,
    period,
    metric,
    stat,
    accountId: m.accountId,
    region: ctx.region,
  };
}

async function search(ctx: HookContext, request: SearchRequest): Promise<TimeSeries[]> {
  const query = parseSearch(request.query);
  if (!parseStatistic(request.stat))
    throw new MetricMathValidationError(`The value ${request.stat} is not a valid statistic.`);
  const period = request.period ?? ctx.defaultPeriod;
  let matched = candidates(ctx)
    .filter((m) => matchesSearch(query, m, m.accountId))
    .sort((a, b) => compareMetrics(a, b));
  if (matched.length > MAX_SEARCH_SERIES) {
    ctx.onTruncated(
      "MaxMetricsExceeded",
      `SEARCH returned more than ${MAX_SEARCH_SERIES} metrics; only the first ${MAX_SEARCH_SERIES} are shown.`,
    );
    matched = matched.slice(0, MAX_SEARCH_SERIES);
  }
  const labels = searchMemberLabels(matched);
  return matched.map((m, i) => fetchSeries(ctx, m, request.stat, period, labels[i] ?? m.metricName));
}

function compareMetrics(a: ListedMetric, b: ListedMetric): number {
  const ka = `${a.accountId}|${a.namespace}|${a.metricName}|${a.dimensions.map((d) => `${d.name}=${d.value}`).join(",")}`;
  const kb = `${b.accountId}|${b.namespace}|${b.metricName}|${b.dimensions.map((d) => `${d.name}=${d.value}`).join(",")}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

interface GroupPoint {
  n: number;
  sum: number;
  min: number;
  max: number;
}

const INSIGHTS_VALUE: Record<string, (p: GroupPoint) => number> = {
  AVG: (p) => p.sum / p.n,
  SUM: (p) => p.sum,
  MIN: (p) => p.min,
  MAX: (p) => p.max,
  COUNT: (p) => p.n,
};

/** [I] ORDER BY ranks groups by the same aggregate applied to all of the group's points in the range. */
const ORDER_VALUE: Record<string, (values: number[]) => number> = {
  AVG: (v) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length),
  SUM: (v) => v.reduce((a, b) => a + b, 0),
  MIN: (v) => Math.min(...v),
  MAX: (v) => Math.max(...v),
  COUNT: (v) => v.length,
};

async function metricsInsights(
  ctx: HookContext,
  sql: string,
  requestedPeriod: number,
): Promise<TimeSeries[]> {
  const query = parseMetricsInsights(sql);
  const period = Math.max(INSIGHTS_MIN_PERIOD, requestedPeriod);
  const matched = candidates(ctx)
    .filter((m) => matchesInsightsQuery(query, m))
    .sort(compareMetrics)
    .slice(0, MAX_INSIGHTS_METRICS_SCANNED);
  const t0 = roundStart(ctx.start, period, ctx.now);
  const groups = new Map<string, { values: string[]; points: Map<number, GroupPoint> }>();
  for (const m of matched) {
    const metric: MetricIdentity = {
      namespace: m.namespace,
      metricName: m.metricName,
      dimensions: m.dimensions,
    };
    const values = insightsGroupValues(query, metric);
    const key = values.join("\u0000");
    let group = groups.get(key);
    if (!group) {
      group = { values, points: new Map() };
      groups.set(key, group);
    }
    const acc = ctx.backend.collect(m.accountId, ctx.region, metric, period, t0, ctx.end, ctx.now, {
      withPoints: false,
    });
    for (const { timestamp, slot } of acc.populated()) {
      const p = group.points.get(timestamp);
      const n = acc.basic(slot, "SampleCount");
      const sum = acc.basic(slot, "Sum");
      const min = acc.basic(slot, "Minimum");
      const max = acc.basic(slot, "Maximum");
      if (p) {
        p.n += n;
        p.sum += sum;
        p.min = Math.min(p.min, min);
        p.max = Math.max(p.max, max);
      } else {
        group.points.set(timestamp, { n, sum, min, max });
      }
    }
  }
  const value = INSIGHTS_VALUE[query.aggregate] ?? INSIGHTS_VALUE.AVG;
  let series = [...groups.values()].map((g) => {
    const timestamps = [...g.points.keys()].sort((a, b) => a - b);
    const values = timestamps.map((t) => {
      const p = g.points.get(t);
      return p && value ? value(p) : 0;
    });
    return { label: g.values.join(" "), timestamps, values, period, groupValues: g.values };
  });
  if (query.orderBy) {
    const rank = ORDER_VALUE[query.orderBy.aggregate] ?? ORDER_VALUE.AVG;
    const score = new Map(series.map((s) => [s, s.values.length > 0 && rank ? rank(s.values) : -Infinity]));
    const sign = query.orderBy.direction === "DESC" ? -1 : 1;
    series.sort((a, b) => sign * ((score.get(a) ?? 0) - (score.get(b) ?? 0)));
  } else {
    series.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  const limit = Math.min(query.limit ?? MAX_SEARCH_SERIES, MAX_SEARCH_SERIES);
  if (series.length > limit && query.limit === undefined) {
    ctx.onTruncated(
      "MaxQueryResultsExceeded",
      `The query returned more than ${MAX_SEARCH_SERIES} series; only ${MAX_SEARCH_SERIES} are shown.`,
    );
  }
  series = series.slice(0, limit);
  return series.map(({ label, timestamps, values }) => ({ label, timestamps, values, period }));
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Robust spread of the residuals (1.4826·MAD), never below 2 % of the typical level. */
function residualSpread(
  actual: Map<number, number>,
  expectedTimes: number[],
  expectedValues: number[],
): number {
  const residuals: number[] = [];
  let level = 0;
  expectedTimes.forEach((t, i) => {
    const e = expectedValues[i] ?? 0;
    level += Math.abs(e);
    const a = actual.get(t);
    if (a !== undefined) residuals.push(Math.abs(a - e));
  });
  const typical = expectedTimes.length > 0 ? level / expectedTimes.length : 0;
  return Math.max(1.4826 * median(residuals), 0.02 * typical, 1e-9);
}

/** [I] Band = expectation ± width × spread; demo metrics use their noise-free expectation. */
async function anomalyBand(
  ctx: HookContext,
  series: TimeSeries,
  width: number,
): Promise<[TimeSeries, TimeSeries]> {
  const [upperLabel, lowerLabel] = semantics.ANOMALY_BAND_LABELS;
  let times = series.timestamps;
  let centre = series.values;
  const metric = series.metric;
  const account = series.accountId ?? ctx.accountId;
  if (metric && series.stat && ctx.backend.demoSeries(account, ctx.region, metric)) {
    const expected = ctx.backend.query(
      account,
      ctx.region,
      metric,
      series.stat,
      series.period,
      ctx.start,
      ctx.end,
      {
        now: ctx.now,
        expected: true,
      },
    );
    times = expected.timestamps;
    centre = expected.values;
  } else {
    centre = movingAverage(series.values, 7);
  }
  const actual = new Map(series.timestamps.map((t, i) => [t, series.values[i] ?? 0]));
  const spread = residualSpread(actual, times, centre);
  const band = (sign: number, label: string): TimeSeries => ({
    ...series,
    label,
    timestamps: times.slice(),
    values: centre.map((v) => v + sign * width * spread),
  });
  return [band(1, upperLabel), band(-1, lowerLabel)];
}

function movingAverage(values: number[], half: number): number[] {
  return values.map((_, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
      sum += values[j] ?? 0;
      n++;
    }
    return sum / n;
  });
}

export function mathHooks(ctx: HookContext): EvaluationHooks {
  return {
    search: (request) => search(ctx, request),
    metricsInsights: (sql, period) => metricsInsights(ctx, sql, period),
    anomalyBand: (series, width) => anomalyBand(ctx, series, width),
  };
}
