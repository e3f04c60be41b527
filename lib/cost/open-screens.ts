// Screens currently showing each dashboard on this server, as reported by whoever serves them (the page's
// refresh loop or the kiosk's push stream calls noteScreen on every refresh). A screen not heard from for
// SCREEN_SILENCE_MS is no longer counted.

/** [I] A screen counts as open while it refreshed within this time. */
export const SCREEN_SILENCE_MS = 2 * 60_000;

const KEY = Symbol.for("watchwall.cost.screens");

function screens(): Map<string, Map<string, number>> {
  const holder = globalThis as { [KEY]?: Map<string, Map<string, number>> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function noteScreen(dashboardId: string, screenId: string, now = Date.now()): void {
  let seen = screens().get(dashboardId);
  if (!seen) {
    seen = new Map();
    screens().set(dashboardId, seen);
  }
  seen.set(screenId, now);
}

export function openScreens(dashboardId: string, now = Date.now()): number {
  const seen = screens().get(dashboardId);
  if (!seen) return 0;
  for (const [screen, at] of seen) if (now - at > SCREEN_SILENCE_MS) seen.delete(screen);
  return seen.size;
}
