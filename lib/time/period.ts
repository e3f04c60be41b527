import { shortFromSeconds } from "./duration";
import { isPeriodValidForTier, raiseToTier, retentionTier, type RetentionTier } from "./retention";

// Automatic period, in the spirit of the CloudWatch console (whose rule is unpublished, ANCHORS C.9): aim for a
// datapoint every few pixels of the widget, round up to a period the console itself offers, never ask for finer data
// than CloudWatch still keeps for the start of the range, and never draw more than 1,440 points per series.

/** The console's period choices; auto mode picks from these so periods look familiar. */
export const CLOUDWATCH_PERIOD_CHOICES: readonly number[] = [
  1, 5, 10, 30, 60, 300, 900, 3_600, 21_600, 86_400, 604_800, 2_592_000,
];
/** [I] One datapoint per 2 px: a 600 px graph gets ~300 points, what public console clones aim for (ANCHORS C.9). */
export const PIXELS_PER_DATAPOINT = 2;
/** GetMetricStatistics' per-call limit, used as the per-series cap so charts stay light on kiosks. */
export const MAX_POINTS_PER_SERIES = 1_440;
/** [I] Width assumed when the caller does not know it yet (before first layout). */
export const DEFAULT_WIDGET_WIDTH_PX = 600;

export interface PeriodRequest {
  /** Epoch ms. */
  start: number;
  /** Epoch ms. */
  end: number;
  /** Plot width in CSS pixels. */
  widthPx: number;
  /** Epoch ms; decides which retention tier the start falls in. */
  now: number;
  /** Period in seconds the widget asks for; still raised if the data or the point cap require it. */
  override?: number;
  /** The metric is stored at sub-minute resolution, so 1/5/10/30 s are possible within the last 3 hours. */
  highResolution?: boolean;
}

export interface PeriodChoice {
  /** Seconds. */
  period: number;
  /** Why, in words suitable for a tooltip. */
  reason: string;
  /** Buckets the aligned window will hold (including the partial newest one). */
  points: number;
}

/** Buckets for a range once aligned: whole periods plus the partial bucket at the end. */
function bucketCount(rangeSeconds: number, period: number): number {
  return Math.ceil(rangeSeconds / period) + 1;
}

function smallestWithinPointCap(rangeSeconds: number, tier: RetentionTier, floor: number): number {
  let period = raiseToTier(Math.max(floor, rangeSeconds / (MAX_POINTS_PER_SERIES - 1)), tier);
  while (bucketCount(rangeSeconds, period) > MAX_POINTS_PER_SERIES) period = raiseToTier(period + 1, tier);
  return period;
}

function chooseOverride(override: number, rangeSeconds: number, tier: RetentionTier): PeriodChoice {
  let period = override;
  const notes: string[] = [];
  if (!isPeriodValidForTier(period, tier)) {
    period = raiseToTier(period, tier);
    notes.push(`raised to ${period}s: ${tier.description}`);
  }
  if (bucketCount(rangeSeconds, period) > MAX_POINTS_PER_SERIES) {
    period = smallestWithinPointCap(rangeSeconds, tier, period);
    notes.push(`raised to ${period}s to stay within ${MAX_POINTS_PER_SERIES} points per series`);
  }
  const reason = notes.length ? `override ${override}s ${notes.join("; ")}` : `override ${override}s`;
  return { period, reason, points: bucketCount(rangeSeconds, period) };
}

export function choosePeriod(request: PeriodRequest): PeriodChoice {
  const rangeSeconds = Math.max(1, (request.end - request.start) / 1000);
  const ageSeconds = Math.max(0, (request.now - request.start) / 1000);
  const tier = retentionTier(ageSeconds, request.highResolution === true);
  const override = request.override;
  if (override !== undefined && Number.isInteger(override) && override > 0) {
    return chooseOverride(override, rangeSeconds, tier);
  }

  const width =
    Number.isFinite(request.widthPx) && request.widthPx > 0 ? request.widthPx : DEFAULT_WIDGET_WIDTH_PX;
  const targetPoints = Math.max(
    1,
    Math.min(MAX_POINTS_PER_SERIES - 1, Math.floor(width / PIXELS_PER_DATAPOINT)),
  );
  const secondsPerPoint = rangeSeconds / targetPoints;
  const fits = (p: number) =>
    isPeriodValidForTier(p, tier) && bucketCount(rangeSeconds, p) <= MAX_POINTS_PER_SERIES;
  const preferred = CLOUDWATCH_PERIOD_CHOICES.find((p) => p >= secondsPerPoint);
  const fromChoices = CLOUDWATCH_PERIOD_CHOICES.find((p) => p >= secondsPerPoint && fits(p));
  const period = fromChoices ?? smallestWithinPointCap(rangeSeconds, tier, secondsPerPoint);
  let constraint = "";
  if (preferred !== undefined && period > preferred) {
    constraint = isPeriodValidForTier(preferred, tier)
      ? ` (at most ${MAX_POINTS_PER_SERIES} points per series)`
      : ` (${tier.description})`;
  }
  const reason =
    `auto: ${shortFromSeconds(Math.round(rangeSeconds))} over ${Math.round(width)}px ≈ ` +
    `${Math.ceil(secondsPerPoint)}s per point → ${period}s${constraint}`;
  return { period, reason, points: bucketCount(rangeSeconds, period) };
}
