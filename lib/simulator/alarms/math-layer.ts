// Datapoints of metric-math and anomaly-detection alarms. Expressions made only of point-wise operations
// (arithmetic, comparisons, IF, ABS, LOG, time-of-day functions, ANOMALY_DETECTION_BAND of a metric) give
// the same value for a window whatever else is in the request, so they are evaluated once over all new
// windows ("batch") and cached like plain metrics. Any other expression (RATE, FILL, AVG(m1), SEARCH-free
// Metrics Insights …) is evaluated per evaluation over exactly the evaluation range, as AWS does.

import {
  evaluateExpressions,
  type EvaluationHooks,
  type ExpressionQuery,
  type FetchedStatQuery,
  type TimeSeries,
} from "@/lib/metric-math";
import type { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { mathHooks } from "@/lib/simulator/cloudwatch/math-hooks";
import type { BandTrainer } from "./anomaly-band";
import { compileFastMath } from "./fast-math";
import { canBatch } from "./math-batching";
import type { AlarmQuery } from "./model";
import type { PeriodSource } from "./period-source";

export interface StatSlot {
  query: AlarmQuery;
  source: PeriodSource;
  /** Demo expectation of the metric, for anomaly bands. */
  expected?: PeriodSource;
  trainer?: BandTrainer;
}

export interface RangeBuffers {
  values: Float64Array;
  counts: Float64Array;
  upper: Float64Array;
  lower: Float64Array;
}

interface LayerOptions {
  backend: MetricsBackend;
  accountId: string;
  region: string;
  period: number;
  step: number;
  stats: StatSlot[];
  expressions: AlarmQuery[];
  /** The query whose datapoints are compared (ReturnData, not the threshold band). */
  primaryId: string;
  /** ThresholdMetricId of anomaly-detection alarms. */
  bandId?: string;
  capacity: number;
}

export class MathLayer {
  readonly batch: boolean;
  /** Compiled arithmetic of the primary query, when no part of the alarm needs the full engine. */
  private readonly fast?: (p: number) => number;
  private readonly o: LayerOptions;
  private readonly expressionQueries: ExpressionQuery[];
  private readonly values: Float64Array;
  private readonly upperRing: Float64Array;
  private readonly lowerRing: Float64Array;
  private lo = 0;
  private hi = -1;
  private hasData = false;
  private generation = -1;

  constructor(options: LayerOptions) {
    this.o = options;
    const queries = [...options.stats.map((s) => s.query), ...options.expressions];
    this.batch = canBatch(queries);
    if (options.bandId === undefined) {
      const sources = new Map(options.stats.map((s) => [s.query.id, s.source]));
      this.fast = compileFastMath(queries, options.primaryId, (id, p) => sources.get(id)?.value(p) ?? NaN);
    }
    this.expressionQueries = options.expressions.map((q) => ({
      id: q.id,
      expression: q.expression ?? "",
      returnData: q.returnData,
      ...(q.label !== undefined ? { label: q.label } : {}),
      ...(q.period !== undefined ? { period: q.period } : {}),
    }));
    this.values = new Float64Array(options.capacity);
    this.upperRing = new Float64Array(options.capacity);
    this.lowerRing = new Float64Array(options.capacity);
  }

  /** How datapoints are computed: compiled arithmetic, batched engine calls, or per evaluation window. */
  get kind(): "fast" | "batch" | "window" {
    return this.fast ? "fast" : this.batch ? "batch" : "window";
  }

  get queries(): number {
    return this.o.stats.reduce((n, s) => n + s.source.queries + (s.expected?.queries ?? 0), 0);
  }

  /** Makes datapoints ending at positions [from, to] available. */
  async ensure(from: number, to: number, now: number): Promise<void> {
    const { backend, stats } = this.o;
    let generation = 0;
    for (const slot of stats) {
      slot.source.ensure(backend, from, to, now);
      slot.expected?.ensure(backend, from, to, now);
      generation += slot.source.generation + (slot.expected?.generation ?? 0);
    }
    if (!this.batch && !this.fast) return;
    if (generation !== this.generation) {
      this.hasData = false;
      this.generation = generation;
    }
    if (this.hasData && from >= this.lo && to <= this.hi) return;
    let start = from;
    if (this.hasData && this.hi >= from - 1 && this.lo <= from) start = this.hi + 1;
    else {
      this.hasData = true;
      this.lo = from;
    }
    if (start > to) return;
    this.hi = to;
    this.lo = Math.max(this.lo, to - this.values.length + 1);
    await this.computeBatch(start, to);
  }

  /** Fills the evaluation range of the evaluation at position pT (oldest first). */
  async read(pT: number, r: number, stride: number, out: RangeBuffers): Promise<void> {
    if (!this.batch && !this.fast) {
      await this.evaluateWindow(pT, r, stride, out);
      return;
    }
    const cap = this.values.length;
    for (let j = 0; j < r; j++) {
      const p = pT - (r - 1 - j) * stride;
      const held = this.hasData && p >= this.lo && p <= this.hi;
      out.values[j] = held ? (this.values[p % cap] ?? NaN) : NaN;
      out.upper[j] = held ? (this.upperRing[p % cap] ?? NaN) : NaN;
      out.lower[j] = held ? (this.lowerRing[p % cap] ?? NaN) : NaN;
      out.counts[j] = NaN;
    }
  }

  private statSeries(positions: number[]): FetchedStatQuery[] {
    const { period, step, accountId, region } = this.o;
    return this.o.stats.map((slot) => {
      const timestamps: number[] = [];
      const values: number[] = [];
      for (const p of positions) {
        const v = slot.source.value(p);
        if (Number.isNaN(v)) continue;
        timestamps.push(p * step - period);
        values.push(v);
      }
      const ms = slot.query.metricStat;
      const series: TimeSeries = {
        label: slot.query.id,
        timestamps,
        values,
        period,
        ...(ms ? { metric: ms.metric, stat: ms.stat } : {}),
        accountId: slot.query.accountId ?? accountId,
        region,
      };
      return { id: slot.query.id, series, returnData: slot.query.returnData };
    });
  }

  private bandHook(): EvaluationHooks["anomalyBand"] {
    const { period, step } = this.o;
    return async (series, width) => {
      const slot = this.o.stats.find((s) => s.query.id === series.label);
      const upper: number[] = [];
      const lower: number[] = [];
      const times: number[] = [];
      for (const t of series.timestamps) {
        const windowEnd = t + period;
        const model = slot?.trainer?.hourModel(windowEnd);
        if (!model) continue;
        const centre = slot?.expected ? slot.expected.value(windowEnd / step) : model.mean;
        if (Number.isNaN(centre)) continue;
        times.push(t);
        upper.push(centre + width * model.spread);
        lower.push(centre - width * model.spread);
      }
      const band = (label: string, values: number[]): TimeSeries => ({
        ...series,
        label,
        timestamps: times.slice(),
        values,
      });
      return [band("Upper bound", upper), band("Lower bound", lower)];
    };
  }

  private async run(positions: number[], grid: { start: number; end: number }, hooks: EvaluationHooks) {
    try {
      return await evaluateExpressions({
        stats: this.statSeries(positions),
        expressions: this.expressionQueries,
        grid: { ...grid, defaultPeriod: this.o.period },
        hooks,
        labelOptions: { resolveDynamic: false },
      });
    } catch {
      // A rule that cannot be evaluated over this data (e.g. a division producing no series) yields no datapoints.
      return undefined;
    }
  }

  /** Primary values and band bounds from the results, keyed by window end. */
  private collect(
    results: Awaited<ReturnType<MathLayer["run"]>>,
    positions: number[],
    put: (p: number, value: number, upper: number, lower: number) => void,
  ): void {
    const { period, step, primaryId, bandId } = this.o;
    const byTime = (series: TimeSeries | undefined): Map<number, number> =>
      new Map(series ? series.timestamps.map((t, i) => [t, series.values[i] ?? NaN]) : []);
    const primaryStat = this.o.stats.find((s) => s.query.id === primaryId);
    const primary = primaryStat ? undefined : byTime(results?.get(primaryId)?.series[0]);
    let [a, b] = bandId ? (results?.get(bandId)?.series ?? []) : [];
    if (a && b && mean(a.values) < mean(b.values)) [a, b] = [b, a];
    const upper = byTime(a);
    const lower = byTime(b);
    for (const p of positions) {
      const t = p * step - period;
      const value = primaryStat ? primaryStat.source.value(p) : (primary?.get(t) ?? NaN);
      put(p, value, upper.get(t) ?? NaN, lower.get(t) ?? NaN);
    }
  }

  private async computeBatch(start: number, end: number): Promise<void> {
    const cap = this.values.length;
    const fast = this.fast;
    if (fast) {
      for (let p = start; p <= end; p++) {
        this.values[p % cap] = fast(p);
        this.upperRing[p % cap] = NaN;
        this.lowerRing[p % cap] = NaN;
      }
      return;
    }
    const positions: number[] = [];
    for (let p = start; p <= end; p++) positions.push(p);
    const { period, step } = this.o;
    const results = await this.run(
      positions,
      { start: start * step - period, end: end * step },
      {
        anomalyBand: this.bandHook(),
      },
    );
    this.collect(results, positions, (p, value, upper, lower) => {
      this.values[p % cap] = value;
      this.upperRing[p % cap] = upper;
      this.lowerRing[p % cap] = lower;
    });
  }

  private async evaluateWindow(pT: number, r: number, stride: number, out: RangeBuffers): Promise<void> {
    const { period, step, backend, accountId, region } = this.o;
    const positions: number[] = [];
    for (let j = 0; j < r; j++) positions.push(pT - (r - 1 - j) * stride);
    const end = pT * step;
    const start = end - r * period;
    const hooks = mathHooks({
      backend,
      accountId,
      region,
      now: end,
      start,
      end,
      defaultPeriod: period,
      onTruncated: () => {},
    });
    const results = await this.run(positions, { start, end }, { metricsInsights: hooks.metricsInsights });
    let j = 0;
    this.collect(results, positions, (_p, value, upper, lower) => {
      out.values[j] = value;
      out.upper[j] = upper;
      out.lower[j] = lower;
      out.counts[j] = NaN;
      j++;
    });
  }
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
