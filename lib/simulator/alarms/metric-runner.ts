// Evaluates one metric alarm at every evaluation time up to "now": once a minute (once per period for
// high-resolution alarms), each time over the evaluation range of the most recent datapoints. Catch-up is
// lazy and deterministic: evaluation times are fixed multiples of the step, and each one sees the data that
// exists at that time, whenever the catch-up actually runs.

import type { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { parseStatistic } from "@/lib/simulator/cloudwatch";
import { BandTrainer } from "./anomaly-band";
import {
  ALWAYS_IGNORE_MISSING_NAMESPACES,
  CATCH_UP_CHUNK_EVALUATIONS,
  EVALUATION_INTERVAL_SECONDS,
  EVALUATION_RANGE_EXTRA_PERIODS,
  EVALUATION_STAMP_OFFSET_MS,
} from "./constants";
import { BREACHING, decide, explain, MISSING, NOT_BREACHING } from "./evaluate";
import type { JsonValue } from "./format";
import { MathLayer, type RangeBuffers, type StatSlot } from "./math-layer";
import {
  isBandOperator,
  type MetricAlarmConfig,
  type StateValue,
  type StoredMetricAlarm,
  type TreatMissingData,
} from "./model";
import { PeriodSource } from "./period-source";
import { metricStateReason, type EvaluatedRange } from "./reasons";

export interface Transition {
  /** Epoch milliseconds. */
  time: number;
  state: StateValue;
  reason: string;
  reasonData: JsonValue;
}

export interface RunnerScope {
  backend: MetricsBackend;
  accountId: string;
  region: string;
}

/** [D] Percentile alarms with EvaluateLowSampleCountPercentile=ignore skip windows with fewer samples than this. */
export function lowSampleLimit(percentile: number): number {
  const p = percentile / 100;
  return p >= 0.5 ? 10 / (1 - p) : 10 / p;
}

export function evaluationStep(period: number): number {
  return Math.min(period, EVALUATION_INTERVAL_SECONDS);
}

export function effectiveTreatMissingData(config: MetricAlarmConfig): TreatMissingData {
  if (config.metric && ALWAYS_IGNORE_MISSING_NAMESPACES.includes(config.metric.namespace)) return "ignore";
  return config.treatMissingData ?? "missing";
}

export class MetricAlarmRunner {
  readonly step: number;
  private readonly stride: number;
  private readonly r: number;
  private readonly n: number;
  private readonly m: number;
  private readonly mode: TreatMissingData;
  private readonly single?: PeriodSource;
  private readonly math?: MathLayer;
  private readonly lowSample?: number;
  private readonly buffers: RangeBuffers;
  private readonly cls: Int8Array;
  private readonly range: EvaluatedRange;
  /** Next evaluation time, epoch seconds. */
  next: number;
  /** Evaluations performed (benchmarks). */
  evaluations = 0;

  constructor(
    private readonly alarm: StoredMetricAlarm,
    private readonly scope: RunnerScope,
    /** Evaluations start strictly after this time (epoch seconds): creation or last configuration update. */
    since: number,
  ) {
    const config = alarm.config;
    this.step = evaluationStep(config.period);
    this.stride = config.period / this.step;
    this.n = config.evaluationPeriods;
    this.m = config.datapointsToAlarm ?? config.evaluationPeriods;
    this.r = this.n + EVALUATION_RANGE_EXTRA_PERIODS;
    this.mode = effectiveTreatMissingData(config);
    this.next = Math.floor(since / this.step) * this.step + this.step;
    const capacity = (this.r - 1) * this.stride + CATCH_UP_CHUNK_EVALUATIONS + 1;
    const { accountId, region } = scope;
    if (config.metric) {
      const stat = config.statistic ?? config.extendedStatistic ?? "Average";
      const spec = parseStatistic(stat);
      if (!spec) throw new Error(`unparsed statistic ${stat}`);
      this.single = new PeriodSource(
        {
          accountId,
          region,
          metric: config.metric,
          spec,
          period: config.period,
          step: this.step,
          unit: config.unit,
        },
        capacity,
      );
      if (spec.kind === "percentile" && config.evaluateLowSampleCountPercentile === "ignore")
        this.lowSample = lowSampleLimit(spec.p);
    } else {
      this.math = this.buildMath(config, capacity);
    }
    this.buffers = {
      values: new Float64Array(this.r),
      counts: new Float64Array(this.r),
      upper: new Float64Array(this.r),
      lower: new Float64Array(this.r),
    };
    this.cls = new Int8Array(this.r);
    const step = this.step;
    const stride = this.stride;
    const period = config.period;
    const r = this.r;
    let pT = 0;
    this.range = {
      cls: this.cls,
      values: this.buffers.values,
      counts: this.buffers.counts,
      upper: this.buffers.upper,
      lower: this.buffers.lower,
      timestampOf: (i) => (pT - (r - 1 - i) * stride) * step - period,
    };
    this.setRangeEnd = (p) => {
      pT = p;
    };
  }

  private readonly setRangeEnd: (p: number) => void;

  private buildMath(config: MetricAlarmConfig, capacity: number): MathLayer {
    const { accountId, region, backend } = this.scope;
    const queries = config.metrics ?? [];
    const band = config.thresholdMetricId;
    const bandInputs = new Set<string>();
    for (const q of queries) {
      const m =
        q.id === band ? /ANOMALY_DETECTION_BAND\s*\(\s*([A-Za-z0-9_]+)/.exec(q.expression ?? "") : null;
      if (m?.[1]) bandInputs.add(m[1]);
    }
    const stats: StatSlot[] = queries.flatMap((q) => {
      const ms = q.metricStat;
      const spec = ms ? parseStatistic(ms.stat) : null;
      if (!ms || !spec) return [];
      const source = {
        accountId: q.accountId ?? accountId,
        region,
        metric: ms.metric,
        spec,
        period: config.period,
        step: this.step,
        unit: ms.unit,
      };
      const slot: StatSlot = { query: q, source: new PeriodSource(source, capacity) };
      if (bandInputs.has(q.id)) {
        const target = {
          accountId: source.accountId,
          region,
          metric: ms.metric,
          stat: ms.stat,
          period: config.period,
          unit: ms.unit,
        };
        slot.trainer = new BandTrainer(backend, target);
        if (slot.trainer.modelled) slot.expected = new PeriodSource({ ...source, expected: true }, capacity);
      }
      return [slot];
    });
    const primary = queries.find((q) => q.returnData && q.id !== band) ?? queries.find((q) => q.returnData);
    return new MathLayer({
      backend,
      accountId,
      region,
      period: config.period,
      step: this.step,
      stats,
      expressions: queries.filter((q) => q.expression !== undefined),
      primaryId: primary?.id ?? "",
      ...(band !== undefined ? { bandId: band } : {}),
      capacity,
    });
  }

  /** How datapoints are produced: one metric, batched point-wise math, or math per evaluation window. */
  get datapointSource(): "single" | "fast" | "batch" | "window" {
    return this.single ? "single" : (this.math?.kind ?? "window");
  }

  /** Backend queries made so far (benchmarks). */
  get queries(): number {
    return (this.single?.queries ?? 0) + (this.math?.queries ?? 0);
  }

  private classify(): void {
    const { values, upper, lower } = this.buffers;
    const config = this.alarm.config;
    const op = config.comparisonOperator;
    const t = config.threshold ?? 0;
    const band = isBandOperator(op);
    for (let j = 0; j < this.r; j++) {
      const v = values[j] ?? NaN;
      if (Number.isNaN(v)) {
        this.cls[j] = MISSING;
        continue;
      }
      let breach: boolean;
      if (band) {
        const hiBound = upper[j] ?? NaN;
        const loBound = lower[j] ?? NaN;
        const above = v > hiBound;
        const below = v < loBound;
        breach =
          op === "GreaterThanUpperThreshold"
            ? above
            : op === "LessThanLowerThreshold"
              ? below
              : above || below;
      } else {
        breach =
          op === "GreaterThanThreshold"
            ? v > t
            : op === "GreaterThanOrEqualToThreshold"
              ? v >= t
              : op === "LessThanThreshold"
                ? v < t
                : v <= t;
      }
      this.cls[j] = breach ? BREACHING : NOT_BREACHING;
    }
  }

  private readSingle(pT: number): void {
    const source = this.single;
    if (!source) return;
    const { values, counts } = this.buffers;
    for (let j = 0; j < this.r; j++) {
      const p = pT - (this.r - 1 - j) * this.stride;
      values[j] = source.value(p);
      counts[j] = source.count(p);
    }
  }

  /** True when the newest real datapoint has too few samples for a trustworthy percentile. */
  private tooFewSamples(): boolean {
    if (this.lowSample === undefined) return false;
    for (let j = this.r - 1; j >= 0; j--) {
      if (this.cls[j] === MISSING) continue;
      return (this.buffers.counts[j] ?? 0) < this.lowSample;
    }
    return false;
  }

  /** Evaluates every pending evaluation time up to `until` (epoch seconds), reporting state changes. */
  async catchUp(until: number, apply: (transition: Transition) => void): Promise<void> {
    const last = Math.floor(until / this.step) * this.step;
    const span = (this.r - 1) * this.stride;
    while (this.next <= last) {
      const chunkEnd = Math.min(last, this.next + (CATCH_UP_CHUNK_EVALUATIONS - 1) * this.step);
      const from = this.next / this.step - span;
      const to = chunkEnd / this.step;
      if (this.single) this.single.ensure(this.scope.backend, from, to, chunkEnd);
      else if (this.math) await this.math.ensure(from, to, chunkEnd);
      for (let t = this.next; t <= chunkEnd; t += this.step) {
        const pT = t / this.step;
        if (this.single) this.readSingle(pT);
        else if (this.math) await this.math.read(pT, this.r, this.stride, this.buffers);
        this.evaluations++;
        this.classify();
        if (this.tooFewSamples()) continue;
        const decision = decide(this.cls, this.n, this.m, this.mode);
        if (decision === "retain" || decision === this.alarm.state.value) continue;
        this.setRangeEnd(pT);
        const time = t * 1000 + EVALUATION_STAMP_OFFSET_MS;
        const ex = explain(this.cls, this.n, this.mode);
        const ctx = { config: this.alarm.config, mode: this.mode, n: this.n, m: this.m, queryDate: time };
        const { reason, data } = metricStateReason(ctx, this.range, ex, decision);
        apply({ time, state: decision, reason, reasonData: data });
      }
      this.next = chunkEnd + this.step;
    }
  }
}
