// Anomaly-detection bands for alarm evaluation. The band around a demo metric is its noise- and
// incident-free expectation ± width × spread; the spread is learned from the hours before the datapoint
// (ANOMALY_TRAINING_SECONDS), so an incident widens nothing while it happens and the band depends only on
// the datapoint's time, not on when the alarm is evaluated. Metrics without a demo model get a flat band
// around their mean over the training window.

import type { MetricIdentity } from "@/lib/metric-math";
import type { MetricsBackend } from "@/lib/simulator/cloudwatch";
import { ANOMALY_MIN_RELATIVE_SPREAD, ANOMALY_TRAINING_SECONDS } from "./constants";

const HOUR = 3600;
/** Robust standard deviation of normally distributed residuals from their median absolute deviation. */
const MAD_TO_SIGMA = 1.4826;
/** Spread models kept per alarm query (a catch-up walks forward hour by hour). */
const MAX_CACHED_HOURS = 8;

export interface BandModel {
  /** Centre of the band for a datapoint; NaN when unknown. */
  centre: number;
  spread: number;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export interface BandTarget {
  accountId: string;
  region: string;
  metric: MetricIdentity;
  stat: string;
  period: number;
  unit?: string;
}

/** Per-hour spread (and, without a demo model, centre) of one metric statistic. */
export class BandTrainer {
  private readonly hours = new Map<number, { spread: number; mean: number }>();

  constructor(
    private readonly backend: MetricsBackend,
    private readonly target: BandTarget,
  ) {}

  get modelled(): boolean {
    const { accountId, region, metric } = this.target;
    return this.backend.demoSeries(accountId, region, metric) !== undefined;
  }

  /** Spread and fallback centre for datapoints ending in the hour that contains `windowEnd`. */
  hourModel(windowEnd: number): { spread: number; mean: number } {
    const hour = Math.floor((windowEnd - 1) / HOUR);
    const cached = this.hours.get(hour);
    if (cached) return cached;
    const model = this.train(hour * HOUR);
    this.hours.set(hour, model);
    if (this.hours.size > MAX_CACHED_HOURS) {
      const oldest = this.hours.keys().next();
      if (!oldest.done) this.hours.delete(oldest.value);
    }
    return model;
  }

  private train(end: number): { spread: number; mean: number } {
    const { accountId, region, metric, stat, period, unit } = this.target;
    const start = end - ANOMALY_TRAINING_SECONDS;
    const options = { now: end, ...(unit !== undefined ? { unit } : {}) };
    const actual = this.backend.query(accountId, region, metric, stat, period, start, end, options);
    const mean =
      actual.values.length > 0 ? actual.values.reduce((a, b) => a + b, 0) / actual.values.length : NaN;
    let residuals: number[];
    let level: number;
    if (this.modelled) {
      const expected = this.backend.query(accountId, region, metric, stat, period, start, end, {
        ...options,
        expected: true,
      });
      const byTime = new Map(expected.timestamps.map((t, i) => [t, expected.values[i] ?? 0]));
      residuals = [];
      actual.timestamps.forEach((t, i) => {
        const e = byTime.get(t);
        if (e !== undefined) residuals.push(Math.abs((actual.values[i] ?? 0) - e));
      });
      level = expected.values.reduce((a, b) => a + Math.abs(b), 0) / Math.max(1, expected.values.length);
    } else {
      residuals = actual.values.map((v) => Math.abs(v - mean));
      level = Math.abs(mean);
    }
    const spread = Math.max(
      MAD_TO_SIGMA * median(residuals),
      ANOMALY_MIN_RELATIVE_SPREAD * (level || 0),
      1e-9,
    );
    return { spread, mean };
  }
}
