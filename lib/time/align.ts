// Snapping a query window to its period.
//
// Choice (documented because it decides what the newest datapoint looks like):
// * The start is rounded DOWN to a multiple of the period, so buckets fall on period boundaries and match what
//   CloudWatch stores (GetMetricData aligns buckets to StartTime).
// * The end is rounded UP to the next multiple. EndTime is exclusive, so this keeps the newest bucket — the one
//   still filling up — instead of silently dropping it. That bucket is partial ("live data"): Sum and SampleCount
//   dip at the right edge. `partialLastBucket` tells the chart so it can mark it. Pass `keepPartial: false` to get
//   only complete buckets (CloudWatch's behaviour with live data off).
// * For a window that reaches now, the start is derived from the rounded end and the range length, so every refresh
//   inside the same period yields the identical window — and therefore the same cache key.

/**
 * [I] CloudWatch's ingestion delay: a bucket counts as complete only this long after its end. Datapoints of
 * most AWS services arrive within a minute or two, some (EC2 basic monitoring, S3 storage) later; until then a
 * Sum or SampleCount of the newest bucket is too low, which drew false "drops" and plunging right edges.
 */
export const INGESTION_DELAY_MS = 3 * 60_000;

/**
 * A range whose every bucket is complete: absolute, and ending at least the ingestion delay ago. Its data
 * never changes, so it is fetched once and kept, and auto-refresh pauses.
 */
export function isSettledRange(
  range: { type: "relative" } | { type: "absolute"; end: number },
  now: number,
): boolean {
  return range.type === "absolute" && range.end <= now - INGESTION_DELAY_MS;
}

export interface AlignRequest {
  /** Epoch ms. */
  start: number;
  /** Epoch ms (exclusive). */
  end: number;
  /** Seconds. */
  period: number;
  /** Epoch ms. */
  now: number;
  /** Default true: keep the newest, still-incomplete bucket. */
  keepPartial?: boolean;
  /** How long after its end a bucket is still filling (the metrics pipeline passes INGESTION_DELAY_MS). */
  ingestionDelayMs?: number;
}

export interface AlignedWindow {
  start: number;
  end: number;
  period: number;
  /** Number of buckets in [start, end). */
  points: number;
  /** The last bucket is not complete yet (it ends after `now` less the ingestion delay), so its value changes. */
  partialLastBucket: boolean;
  /** Epoch ms: buckets starting at or after this are incomplete (equals `end` when all are complete). */
  incompleteFrom: number;
}

export function alignWindow(request: AlignRequest): AlignedWindow {
  const step = Math.max(1, Math.round(request.period)) * 1000;
  const keepPartial = request.keepPartial !== false;
  const settled = request.now - (request.ingestionDelayMs ?? 0);
  const completeEnd = Math.floor(settled / step) * step;
  const live = request.end >= settled;
  const spanMs = Math.max(step, request.end - request.start);

  let end: number;
  if (live && !keepPartial) end = completeEnd;
  else end = Math.ceil(request.end / step) * step;

  let start: number;
  if (live) {
    const reference = keepPartial ? request.end : settled;
    // One extra bucket when the rounded end lies past the raw end, so the window still covers the full range.
    const extra = end > reference ? 1 : 0;
    start = end - (Math.ceil(spanMs / step) + extra) * step;
  } else {
    start = Math.floor(request.start / step) * step;
  }
  if (end <= start) end = start + step;
  return {
    start,
    end,
    period: step / 1000,
    points: (end - start) / step,
    partialLastBucket: end > completeEnd,
    incompleteFrom: Math.min(end, Math.max(start, completeEnd)),
  };
}
