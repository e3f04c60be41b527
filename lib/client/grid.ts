import type { Widget } from "@/lib/dashboards/model";
import { requestWidth } from "@/lib/metrics/limits";

// The 24-column dashboard grid in pixels: which width each widget's plot gets, in steps so that resizing a
// window by a few pixels neither changes the chosen period nor the query's cache key.

export const GRID_ROW_HEIGHT_PX = 34;
export const GRID_GAP_PX = 8;
const PLOT_PADDING_PX = 24;

export function plotWidths(widgets: readonly Widget[], containerWidth: number): Record<string, number> {
  const column = (Math.max(containerWidth, 600) + GRID_GAP_PX) / 24;
  const widths: Record<string, number> = {};
  for (const widget of widgets) {
    const raw = column * widget.position.w - GRID_GAP_PX - PLOT_PADDING_PX;
    widths[widget.id] = requestWidth(Math.max(1, raw));
  }
  return widths;
}

/** Next free row at the bottom of the grid. */
export function bottomOf(widgets: readonly Widget[]): number {
  return widgets.reduce((max, w) => Math.max(max, w.position.y + w.position.h), 0);
}
