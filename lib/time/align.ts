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
}

export interface AlignedWindow {
  start: number;
  end: number;
  period: number;
  /** Number of buckets in [start, end). */
  points: number;
  /** The last bucket ends after `now`, so its value is still changing. */
  partialLastBucket: boolean;
}

export function alignWindow(request: AlignRequest): AlignedWindow {
  const step = Math.max(1, Math.round(request.period)) * 1000;
  const keepPartial = request.keepPartial !== false;
  const live = request.end >= request.now;
  const spanMs = Math.max(step, request.end - request.start);

  let end: number;
  if (live && !keepPartial) end = Math.floor(request.now / step) * step;
  else end = Math.ceil(request.end / step) * step;

  let start: number;
  if (live) {
    const reference = keepPartial ? request.end : request.now;
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
    partialLastBucket: end > request.now,
  };
}
