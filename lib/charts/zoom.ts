// Drag-to-zoom: pixels across the plot → a time range. Pixels are relative to the same box as the plot's
// left edge; the x domain is the chart's time range in epoch ms.

/** [I] Drags narrower than this many pixels are clicks, not zooms. */
export const MIN_ZOOM_DRAG_PX = 6;
/** [I] The narrowest range a zoom can produce (CloudWatch ranges start at one minute). */
export const MIN_ZOOM_SPAN_MS = 60_000;

export interface PlotSpan {
  left: number;
  width: number;
}

export function clampToPlot(px: number, plot: PlotSpan): number {
  return Math.min(plot.left + plot.width, Math.max(plot.left, px));
}

export function pixelToTime(px: number, plot: PlotSpan, domain: readonly [number, number]): number {
  if (plot.width <= 0) return domain[0];
  const fraction = (clampToPlot(px, plot) - plot.left) / plot.width;
  return domain[0] + fraction * (domain[1] - domain[0]);
}

export function timeToPixel(t: number, plot: PlotSpan, domain: readonly [number, number]): number {
  const span = domain[1] - domain[0];
  return span > 0 ? plot.left + ((t - domain[0]) / span) * plot.width : plot.left;
}

export interface ZoomRange {
  startMs: number;
  endMs: number;
}

/**
 * The range a drag selects, to whole seconds, or null for a drag too small to mean a zoom. A selection
 * narrower than MIN_ZOOM_SPAN_MS is widened around its middle.
 */
export function zoomRangeFromDrag(
  startPx: number,
  endPx: number,
  plot: PlotSpan,
  domain: readonly [number, number],
  minDragPx = MIN_ZOOM_DRAG_PX,
): ZoomRange | null {
  const a = clampToPlot(startPx, plot);
  const b = clampToPlot(endPx, plot);
  if (Math.abs(b - a) < minDragPx) return null;
  let startMs = Math.floor(pixelToTime(Math.min(a, b), plot, domain) / 1000) * 1000;
  let endMs = Math.ceil(pixelToTime(Math.max(a, b), plot, domain) / 1000) * 1000;
  if (endMs - startMs < MIN_ZOOM_SPAN_MS) {
    const middle = (startMs + endMs) / 2;
    startMs = Math.floor((middle - MIN_ZOOM_SPAN_MS / 2) / 1000) * 1000;
    endMs = startMs + MIN_ZOOM_SPAN_MS;
  }
  return { startMs, endMs };
}
