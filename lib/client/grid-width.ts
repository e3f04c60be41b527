// The grid's width as this browser last measured it, kept in a cookie so the server can render a dashboard
// page with its first data already downsampled for that width (lib/metrics/first-view.ts). Wall screens in
// kiosk mode have no page chrome, so their width is kept apart. Only a layout hint: a wrong or missing value
// costs one extra request once the browser has measured the real width, never wrong data.

export const GRID_WIDTH_COOKIES = { view: "ww-grid-width", kiosk: "ww-kiosk-grid-width" } as const;

/** [I] Without a measurement: the grid of a 1920 px wide window less the page's margins. */
export const ASSUMED_GRID_WIDTH_PX = 1_856;

const MIN_WIDTH_PX = 200;
const MAX_WIDTH_PX = 8_000;
/** [I] A year: the screen keeps its size. */
const COOKIE_MAX_AGE_S = 365 * 86_400;

/**
 * [I] How far the measured grid may be from the width the server answered the first requests for and still
 * use those answers: they differ only in how finely the series are sampled (the period and points each
 * widget's header shows), so a first visit whose screen is a little narrower or wider than assumed is not
 * fetched and drawn twice. Beyond it the view asks again for its measured width.
 */
export const SERVER_WIDTH_TOLERANCE = 0.35;

/** The grid width a view's metrics requests are planned for: the server's while the measurement is close. */
export function requestGridWidth(measured: number, serverWidth: number): number {
  if (serverWidth <= 0) return measured;
  if (measured <= 0) return serverWidth;
  return Math.abs(measured - serverWidth) <= serverWidth * SERVER_WIDTH_TOLERANCE ? serverWidth : measured;
}

/** The width a cookie value names, or the assumed width when it names none (or nonsense). */
export function gridWidthFrom(cookie: string | undefined): number {
  const width = Number(cookie);
  return Number.isInteger(width) && width >= MIN_WIDTH_PX && width <= MAX_WIDTH_PX
    ? width
    : ASSUMED_GRID_WIDTH_PX;
}

/** Browser only: remembers the measured width for this screen's next page load. */
export function rememberGridWidth(kiosk: boolean, width: number): void {
  const rounded = Math.round(width);
  if (rounded < MIN_WIDTH_PX || rounded > MAX_WIDTH_PX) return;
  const name = kiosk ? GRID_WIDTH_COOKIES.kiosk : GRID_WIDTH_COOKIES.view;
  document.cookie = `${name}=${rounded}; path=/; max-age=${COOKIE_MAX_AGE_S}; samesite=lax`;
}
