// Limits of POST /api/metrics/query shared by the route and the browser (a pure module: no server imports).

/** Widgets per request; the browser splits larger views into several requests. */
export const MAX_WIDGETS_PER_REQUEST = 100;

/** [I] Plot widths sent to the server are rounded to this step, so resizing by a few pixels neither changes the
 * chosen period nor the cache key. The one width rule for the dashboard grid, the editor preview and Explore. */
export const WIDTH_STEP_PX = 50;

export function requestWidth(widthPx: number): number {
  if (!(widthPx > 0)) return 0;
  return Math.max(WIDTH_STEP_PX, Math.round(widthPx / WIDTH_STEP_PX) * WIDTH_STEP_PX);
}
