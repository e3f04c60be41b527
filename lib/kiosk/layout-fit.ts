import { KIOSK_DESIGN_WIDTH_PX } from "./constants";

// Fit to screen and automatic scale: pure arithmetic, so it is tested without a browser.

/**
 * The scale for a screen: 1 up to the design width (1920 CSS px), then proportional to the smaller of the
 * width and height ratios, so 3840×2160 gets 2 and text drawn at 8 px or more becomes at least 16 px.
 */
export function autoScale(viewportWidth: number, viewportHeight: number): number {
  const ratio = Math.min(
    viewportWidth / KIOSK_DESIGN_WIDTH_PX,
    viewportHeight / ((KIOSK_DESIGN_WIDTH_PX * 9) / 16),
  );
  return Math.max(1, Math.round(ratio * 100) / 100);
}

/** Height of one grid row so `rows` rows and their gaps fill `availableHeight` exactly (never below minRow). */
export function fitRowHeight(availableHeight: number, rows: number, gapPx: number, minRowPx = 8): number {
  if (rows <= 0) return minRowPx;
  const usable = availableHeight - gapPx * (rows - 1);
  return Math.max(minRowPx, Math.floor((usable / rows) * 100) / 100);
}
