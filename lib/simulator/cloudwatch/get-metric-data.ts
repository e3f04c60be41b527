// GetMetricData: fetches every MetricStat query, evaluates expressions with the Metric Math engine, labels
// the results and pages them.

import {
  evaluateExpressions,
  MetricMathSyntaxError,
  MetricMathValidationError,
  resolveDynamicLabel,
  type ExpressionQuery,
  type FetchedStatQuery,
  type TimeSeries,
} from "@/lib/metric-math";
import type { RequestContext } from "@/lib/simulator/core/types";
import { accountLabel, linkedSourceAccounts } from "@/lib/simulator/demo";
import { BucketAccumulator, type PackedSeries } from "./accumulator";
import type { MetricsBackend } from "./backend";
import { invalidNextToken, validationError } from "./errors";
import { defaultStatLabels } from "./gmd-labels";
import { orderPoints, paginate, type ResultEntry } from "./gmd-paging";
import { parseGetMetricDataInput, type GmdRequest, type StatQuery } from "./gmd-request";
import { mathHooks } from "./math-hooks";
import { decodeToken, encodeToken, requestFingerprint } from "./paging-token";
import { bucketCount, roundStart } from "./time-grid";

/** [I] Text of the per-result message of a cross-account query the caller may not make. */
export function forbiddenMessage(caller: string, target: string): string {
  return `Account ${caller} is not a monitoring account linked to source account ${target}.`;
}

function mayRead(caller: string, target: string): boolean {
  return caller === target || linkedSourceAccounts(caller).includes(target);
}

interface FetchedStat {
  query: StatQuery;
  /** Label and identity; its point arrays are filled only when expressions need them. */
  series: TimeSeries;
  points: PackedSeries;
  forbidden: boolean;
}

const NO_POINTS: PackedSeries = { timestamps: new Float64Array(0), values: new Float64Array(0) };

function fetchStats(
  backend: MetricsBackend,
  req: GmdRequest,
  ctx: RequestContext,
  now: number,
): FetchedStat[] {
  const withMath = req.queries.some((q) => q.kind === "expression");
  const statQueries = req.queries.filter((q): q is StatQuery => q.kind === "stat");
  const defaults = defaultStatLabels(statQueries);
  const scratch = new BucketAccumulator(0, 60, 0, false);
  return statQueries.map((q): FetchedStat => {
    const account = q.accountId ?? ctx.accountId;
    const defaultLabel = defaults.get(q.id) ?? q.metric.metricName;
    const base = { period: q.period, metric: q.metric, stat: q.stat, accountId: account, region: ctx.region };
    if (!mayRead(ctx.accountId, account)) {
      const series = { ...base, label: q.label || defaultLabel, timestamps: [], values: [] };
      return { query: q, series, points: NO_POINTS, forbidden: true };
    }
    const t0 = roundStart(req.start, q.period, now);
    const withPoints = q.spec.kind !== "basic";
    scratch.reset(t0, q.period, bucketCount(t0, req.end, q.period), withPoints);
    const acc = backend.collectInto(scratch, account, ctx.region, q.metric, req.end, now, {
      unit: q.unit,
      withPoints,
    });
    const points = acc.evaluatePacked(q.spec);
    const dynamic = q.label?.includes("${") ?? false;
    // Plain arrays only when something reads the series (expressions, dynamic labels): they cost garbage.
    const series: TimeSeries = {
      ...base,
      label: defaultLabel,
      timestamps: withMath || dynamic ? Array.from(points.timestamps) : [],
      values: withMath || dynamic ? Array.from(points.values) : [],
    };
    orderPoints(points, req.scanBy === "TimestampDescending");
    if (q.label) {
      series.label = dynamic
        ? resolveDynamicLabel(q.label, series, {
            defaultLabel,
            now,
            ...(req.timezone !== undefined ? { timezone: req.timezone } : {}),
            ...(accountLabel(account) !== undefined ? { accountLabel: accountLabel(account) } : {}),
          })
        : q.label;
    }
    return { query: q, series, points, forbidden: false };
  });
}

async function evaluateMath(
  backend: MetricsBackend,
  req: GmdRequest,
  ctx: RequestContext,
  now: number,
  stats: FetchedStat[],
  topMessages: Array<{ Code: string; Value: string }>,
): Promise<Map<string, ResultEntry[]>> {
  const expressions: ExpressionQuery[] = req.queries.flatMap((q) =>
    q.kind === "expression"
      ? [
          {
            id: q.id,
            expression: q.expression,
            returnData: q.returnData,
            ...(q.label !== undefined ? { label: q.label } : {}),
            ...(q.period !== undefined ? { period: q.period } : {}),
          },
        ]
      : [],
  );
  const out = new Map<string, ResultEntry[]>();
  if (expressions.length === 0) return out;
  const periods = req.queries.map((q) => q.period ?? 0).filter((p) => p > 0);
  const defaultPeriod = periods.length > 0 ? Math.min(...periods) : 60;
  const gridStart = roundStart(req.start, defaultPeriod, now);
  const fetched: FetchedStatQuery[] = stats.map((s) => ({
    id: s.query.id,
    series: s.series,
    returnData: s.query.returnData,
  }));
  const hooks = mathHooks({
    backend,
    accountId: ctx.accountId,
    region: ctx.region,
    now,
    start: req.start,
    end: req.end,
    defaultPeriod,
    onTruncated: (code, detail) => {
      if (!topMessages.some((m) => m.Code === code)) topMessages.push({ Code: code, Value: detail });
    },
  });
  let results;
  try {
    results = await evaluateExpressions({
      stats: fetched,
      expressions,
      grid: { start: gridStart, end: req.end, defaultPeriod },
      hooks,
      labelOptions: {
        now,
        ...(req.timezone !== undefined ? { timezone: req.timezone } : {}),
        ...(accountLabel(ctx.accountId) !== undefined ? { accountLabel: accountLabel(ctx.accountId) } : {}),
      },
    });
  } catch (error) {
    if (error instanceof MetricMathValidationError || error instanceof MetricMathSyntaxError)
      throw validationError(error.message);
    throw error;
  }
  for (const [id, result] of results) {
    const messages = result.messages.map((m) => ({ Code: m.code, Value: m.value }));
    out.set(
      id,
      result.series.map((s): ResultEntry => {
        const points = { timestamps: Float64Array.from(s.timestamps), values: Float64Array.from(s.values) };
        orderPoints(points, req.scanBy === "TimestampDescending");
        return { id, label: s.label, ...points, statusCode: "Complete", messages, pageable: false };
      }),
    );
  }
  return out;
}

export async function getMetricData(
  backend: MetricsBackend,
  input: Record<string, unknown>,
  ctx: RequestContext,
): Promise<Record<string, unknown>> {
  const req = parseGetMetricDataInput(input);
  const fingerprint = requestFingerprint([
    ctx.accountId,
    ctx.region,
    input.MetricDataQueries,
    req.start,
    req.end,
    req.scanBy,
    req.maxDatapoints,
  ]);
  let offset = 0;
  let now = Math.floor(ctx.now.getTime() / 1000);
  if (req.nextToken !== undefined) {
    const token = decodeToken(req.nextToken, fingerprint);
    if (!token || typeof token.o !== "number" || typeof token.n !== "number") throw invalidNextToken();
    offset = token.o;
    // Later pages are cut from the data as it was when the first page was answered.
    now = token.n;
  }
  ctx.record?.("metricQueries", req.queries.length);

  const stats = fetchStats(backend, req, ctx, now);
  const topMessages: Array<{ Code: string; Value: string }> = [];
  const math = await evaluateMath(backend, req, ctx, now, stats, topMessages);
  const statById = new Map(stats.map((s) => [s.query.id, s]));
  const entries: ResultEntry[] = [];
  for (const q of req.queries) {
    if (!q.returnData) continue;
    if (q.kind === "expression") {
      entries.push(...(math.get(q.id) ?? []));
      continue;
    }
    const s = statById.get(q.id);
    if (!s) continue;
    entries.push({
      id: q.id,
      label: s.series.label,
      timestamps: s.points.timestamps,
      values: s.points.values,
      statusCode: s.forbidden ? "Forbidden" : "Complete",
      messages: s.forbidden
        ? [{ Code: "Forbidden", Value: forbiddenMessage(ctx.accountId, s.series.accountId ?? "") }]
        : [],
      pageable: !s.forbidden,
    });
  }
  const page = paginate(entries, offset, req.maxDatapoints);
  const out: Record<string, unknown> = { MetricDataResults: page.results, Messages: topMessages };
  if (page.nextOffset !== undefined)
    out.NextToken = encodeToken({ f: fingerprint, o: page.nextOffset, n: now });
  return out;
}
