// The levels behind every generated sample: time-of-day and weekly rhythm, slow drift, growth, deployments,
// incidents and noise. Pure functions of (spec, time); the memo on a spec only caches slowly changing terms.

import * as hashing from "./hash";
import type { EffectTarget } from "./incidents";
import { incidentIntensity, releaseIndex } from "./recurrence";
import { growth, weekMinute } from "./rhythm";
import type { SeriesSpec } from "./series-spec";

// Bound once: transpilers that emit CommonJS (tsx, used to run the simulator) turn every call of an imported
// function into a getter call, which doubles the cost of these per-sample helpers.
const { gaussian, hash2, uniform } = hashing;

const SLOW_NOISE_SECONDS = 3 * 3600;
const S_SLOW = 0x51a0;
const S_NOISE = 0x7a11;
const S_DEPLOY = 0xde91;
const S_COUNT = 0xc0c0;
const S_ROUND = 0x40d0;
const S_FRACTION = 0xf4ac;

export function seedFor(spec: SeriesSpec, stream: number, resolution: number): number {
  return hash2(spec.seed ^ stream, resolution);
}

/** Smooth drift in about [-1, 1]: value noise between knots every SLOW_NOISE_SECONDS (knots memoised). */
function drift(spec: SeriesSpec, t: number): number {
  const x = t / SLOW_NOISE_SECONDS;
  const k = Math.floor(x);
  const memo = spec.memo;
  if (memo.slowKnot !== k) {
    memo.slowKnot = k;
    memo.slowA = gaussian(spec.seed ^ S_SLOW, k);
    memo.slowB = gaussian(spec.seed ^ S_SLOW, k + 1);
  }
  const f = x - k;
  return 0.5 * (memo.slowA + (memo.slowB - memo.slowA) * f * f * (3 - 2 * f));
}

function shape(spec: SeriesSpec, t: number): number {
  let f = spec.rhythm[weekMinute(t, spec.utcOffsetHours)] ?? 1;
  if (spec.slowAmp !== 0) f *= 1 + spec.slowAmp * drift(spec, t);
  if (spec.growthPerYear !== 0) {
    // Growth is a few tenths per year: hourly steps are invisible and save an exp() per sample.
    const hour = Math.floor(t / 3600);
    const memo = spec.memo;
    if (memo.growthHour !== hour) {
      memo.growthHour = hour;
      memo.growthValue = growth(hour * 3600 + 1800, spec.growthPerYear);
    }
    f *= memo.growthValue;
  }
  return f > 0 ? f : 0;
}

function deployFactor(spec: SeriesSpec, t: number): number {
  if (!spec.deploy || spec.deploySensitivity === 0) return 1;
  const release = releaseIndex(spec.deploy, t);
  const memo = spec.memo;
  if (memo.release !== release) {
    const f = 1 + spec.deploySensitivity * gaussian(spec.seed ^ S_DEPLOY, release);
    memo.release = release;
    memo.releaseFactor = f < 0.5 ? 0.5 : f;
  }
  return memo.releaseFactor;
}

function sawtooth(spec: SeriesSpec, t: number): number {
  const saw = spec.sawtooth;
  if (!saw) return 1;
  let phase = (t - saw.offsetSeconds) % saw.periodSeconds;
  if (phase < 0) phase += saw.periodSeconds;
  return 1 + (saw.amplitude * phase) / saw.periodSeconds;
}

function applyEffects(
  spec: SeriesSpec,
  target: EffectTarget,
  t: number,
  x: number,
  expected: boolean,
): number {
  if (expected) return x;
  const effects = spec.effects;
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i];
    if (!e || e.target !== target) continue;
    const k = incidentIntensity(e.recurrence, t);
    if (k === 0) continue;
    if (e.mode === "multiply") x *= 1 + (e.value - 1) * k;
    else if (e.mode === "add") x += e.value * k;
    else x += (e.value - x) * k;
  }
  return x;
}

export function clamp(spec: SeriesSpec, v: number, round: boolean): number {
  if (round && spec.integer) v = Math.round(v);
  return v < spec.min ? spec.min : v > spec.max ? spec.max : v;
}

export function gaugeLevel(spec: SeriesSpec, t: number, expected: boolean): number {
  return applyEffects(
    spec,
    "level",
    t,
    spec.base * shape(spec, t) * deployFactor(spec, t) * sawtooth(spec, t),
    expected,
  );
}

export function gaugeSample(spec: SeriesSpec, t: number, expected: boolean): number {
  let v = gaugeLevel(spec, t, expected);
  if (!expected) {
    const sd = spec.noiseRel * Math.abs(v) + spec.noiseAbs;
    if (sd > 0) v += sd * gaussian(spec.seed ^ S_NOISE, Math.floor(t / spec.nativeSeconds));
  }
  return clamp(spec, v, !expected);
}

/** Number of events of an `events` series in [t, t + resolution). */
export function eventCount(spec: SeriesSpec, t: number, resolution: number, expected: boolean): number {
  const mid = t + resolution / 2;
  const mean = (applyEffects(spec, "level", mid, spec.base * shape(spec, mid), expected) * resolution) / 60;
  if (expected) return mean;
  const idx = Math.floor(t / resolution);
  const noisy = mean * (1 + spec.noiseRel * gaussian(seedFor(spec, S_COUNT, resolution), idx));
  const n = Math.floor(noisy + uniform(seedFor(spec, S_ROUND, resolution), idx));
  return n > 0 ? n : 0;
}

export function eventMedian(spec: SeriesSpec, t: number, expected: boolean): number {
  const load = 1 + spec.loadSensitivity * (shape(spec, t) - 1);
  return applyEffects(
    spec,
    "median",
    t,
    spec.medianValue * (load > 0.2 ? load : 0.2) * deployFactor(spec, t),
    expected,
  );
}

export function derivedFraction(spec: SeriesSpec, t: number, expected: boolean): number {
  let f = spec.base;
  if (spec.slowAmp !== 0) f *= 1 + spec.slowAmp * drift(spec, t);
  if (!expected && spec.noiseRel !== 0) {
    const g = 1 + spec.noiseRel * gaussian(spec.seed ^ S_FRACTION, Math.floor(t / spec.nativeSeconds));
    f *= g > 0 ? g : 0;
  }
  return applyEffects(spec, "fraction", t, f, expected);
}

export function derivedSample(spec: SeriesSpec, t: number, expected: boolean): number {
  const parent = spec.parent;
  if (!parent) return 0;
  const n = eventCount(parent, t, spec.nativeSeconds, expected);
  const f = derivedFraction(spec, t, expected);
  if (f === 1 || expected) return n * f;
  return Math.floor(n * f + uniform(spec.seed ^ S_ROUND, Math.floor(t / spec.nativeSeconds)));
}
