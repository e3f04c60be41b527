// The recipe of one generated metric. A series is a pure function of (recipe, time): see generator.ts.

import type { Dimension } from "@/lib/metric-math/types";
import { hashString } from "./hash";
import type { DeploySchedule, EffectMode, EffectTarget, Recurrence } from "./incidents";
import { rhythmTable } from "./rhythm";

/**
 * gauge:   one sample per native interval, the level plus noise (CPU %, bytes, queue depth …).
 * events:  n samples per native interval, each drawn from a log-normal distribution (latency, size); the
 *          event rate follows the level.
 * derived: one sample per native interval counting a share of a parent `events` series' events
 *          (Invocations, RequestCount, Errors …), so counts and latency sample counts agree.
 */
export type SeriesFamily = "gauge" | "events" | "derived";

export interface ResolvedEffect {
  recurrence: Recurrence;
  target: EffectTarget;
  mode: EffectMode;
  value: number;
}

export interface Sawtooth {
  periodSeconds: number;
  offsetSeconds: number;
  /** Relative change of the level over one period (negative = falls, e.g. free disk space). */
  amplitude: number;
}

export interface SeriesSpec {
  /** Position in the catalogue; unique per catalogue. */
  id: number;
  /** Canonical metric key (see metricKey in the CloudWatch service). */
  key: string;
  accountId: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  unit: string;
  family: SeriesFamily;
  /** Seconds between native samples: 1 or 10 for high-resolution metrics, 60 typically, 86400 for S3 storage. */
  nativeSeconds: number;
  seed: number;
  utcOffsetHours: number;
  /** gauge: typical value; events: events per minute; derived: share of the parent's events. */
  base: number;
  dailyAmp: number;
  weekendDip: number;
  slowAmp: number;
  growthPerYear: number;
  deploy?: DeploySchedule;
  deploySensitivity: number;
  sawtooth?: Sawtooth;
  /** Noise standard deviation = noiseRel × level + noiseAbs. */
  noiseRel: number;
  noiseAbs: number;
  min: number;
  max: number;
  integer: boolean;
  /** events: median event value and log-normal sigma. */
  medianValue: number;
  sigma: number;
  /** events: how much the median rises with load (0 = not at all). */
  loadSensitivity: number;
  parent?: SeriesSpec;
  effects: ResolvedEffect[];
  /** Time-of-day × day-of-week factor per local minute of the week (see rhythmTable). */
  rhythm: Float64Array;
  /** Per-series cache of slowly changing terms (pure values, so sharing it between queries is safe). */
  memo: SeriesMemo;
}

export interface SeriesMemo {
  slowKnot: number;
  slowA: number;
  slowB: number;
  release: number;
  releaseFactor: number;
  growthHour: number;
  growthValue: number;
}

export function newMemo(): SeriesMemo {
  return {
    slowKnot: NaN,
    slowA: 0,
    slowB: 0,
    release: NaN,
    releaseFactor: 1,
    growthHour: NaN,
    growthValue: 1,
  };
}

export type SpecOptions = Partial<
  Omit<
    SeriesSpec,
    | "id"
    | "key"
    | "accountId"
    | "region"
    | "namespace"
    | "metricName"
    | "dimensions"
    | "seed"
    | "effects"
    | "memo"
    | "rhythm"
  >
>;

export interface SpecContext {
  accountId: string;
  region: string;
  utcOffsetHours: number;
  deploy?: DeploySchedule;
  seed: number;
  keyOf(namespace: string, metricName: string, dimensions: Dimension[]): string;
}

const DEFAULTS = {
  unit: "None",
  family: "gauge" as SeriesFamily,
  nativeSeconds: 60,
  base: 1,
  dailyAmp: 0,
  weekendDip: 0,
  slowAmp: 0.1,
  growthPerYear: 0,
  deploySensitivity: 0,
  noiseRel: 0.05,
  noiseAbs: 0,
  min: 0,
  max: Infinity,
  integer: false,
  medianValue: 1,
  sigma: 0.5,
  loadSensitivity: 0,
};

export function makeSpec(
  ctx: SpecContext,
  namespace: string,
  metricName: string,
  dims: Record<string, string>,
  options: SpecOptions,
): SeriesSpec {
  const dimensions = Object.entries(dims).map(([name, value]) => ({ name, value }));
  const key = ctx.keyOf(namespace, metricName, dimensions);
  const o = { ...DEFAULTS, ...options };
  // Every field is listed explicitly so that all specs share one hidden class: the generator's hot loops
  // then see monomorphic property accesses.
  return {
    id: 0,
    key,
    accountId: ctx.accountId,
    region: ctx.region,
    namespace,
    metricName,
    dimensions,
    unit: o.unit,
    family: o.family,
    nativeSeconds: o.nativeSeconds,
    seed: (ctx.seed ^ hashString(`${ctx.accountId}|${ctx.region}|${key}`)) >>> 0,
    utcOffsetHours: ctx.utcOffsetHours,
    base: o.base,
    dailyAmp: o.dailyAmp,
    weekendDip: o.weekendDip,
    slowAmp: o.slowAmp,
    growthPerYear: o.growthPerYear,
    deploy: options.deploy ?? ctx.deploy,
    deploySensitivity: o.deploySensitivity,
    sawtooth: o.sawtooth,
    noiseRel: o.noiseRel,
    noiseAbs: o.noiseAbs,
    min: o.min,
    max: o.max,
    integer: o.integer,
    medianValue: o.medianValue,
    sigma: o.sigma,
    loadSensitivity: o.loadSensitivity,
    parent: o.parent,
    effects: [],
    rhythm: rhythmTable(ctx.utcOffsetHours, o.dailyAmp, o.weekendDip),
    memo: newMemo(),
  };
}

/** Traffic-shaped defaults: strong day/night rhythm, quieter weekends, steady growth. */
export const TRAFFIC: SpecOptions = { dailyAmp: 0.55, weekendDip: 0.25, slowAmp: 0.12, growthPerYear: 0.3 };
/** Background work: barely any rhythm. */
export const STEADY: SpecOptions = { dailyAmp: 0.06, weekendDip: 0, slowAmp: 0.08 };
