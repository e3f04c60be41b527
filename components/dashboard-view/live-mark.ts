// The server's HTML already holds a dashboard's first data (widgets read "ready") but draws no chart:
// charts, clicks, zoom and kiosk scaling start with React in the browser. This mark says React runs the
// page; journeys and the benchmark wait for it. Set by a ref, which only ever runs in the browser once the
// element is hydrated, so marking costs no second render of the dashboard.

export const LIVE_ATTRIBUTE = "data-live";

export function markLive(element: HTMLElement | null): void {
  element?.setAttribute(LIVE_ATTRIBUTE, "true");
}
