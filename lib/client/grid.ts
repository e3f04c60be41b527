import type { Widget } from "@/lib/dashboards/model";
import { GRID_GAP_PX, plotWidths } from "@/lib/contracts/metrics-query";

// The 24-column dashboard grid in pixels. Which width each widget's plot gets (plotWidths) is shared with the
// kiosk's server-side refresh, so it lives with the metrics-query contract.

export const GRID_ROW_HEIGHT_PX = 34;
export { GRID_GAP_PX, plotWidths };

/** Next free row at the bottom of the grid. */
export function bottomOf(widgets: readonly Widget[]): number {
  return widgets.reduce((max, w) => Math.max(max, w.position.y + w.position.h), 0);
}

export const GRID_COLUMNS = 24;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The first free place (top to bottom, then left to right) for a w×h widget. Candidates are only the grid's
 * origin and the right/bottom edges of existing widgets, so the work depends on the widget count, never on
 * how large a coordinate is.
 */
export function firstFreePosition(widgets: readonly Widget[], w: number, h: number): Box {
  const width = Math.min(Math.max(1, w), GRID_COLUMNS);
  const boxes = widgets.map((widget) => widget.position);
  const ys = [...new Set([0, ...boxes.map((b) => b.y + b.h)])].sort((a, b) => a - b);
  const xs = [...new Set([0, ...boxes.map((b) => b.x + b.w)])]
    .filter((x) => x + width <= GRID_COLUMNS)
    .sort((a, b) => a - b);
  for (const y of ys) {
    for (const x of xs) {
      const box = { x, y, w: width, h };
      if (!boxes.some((b) => overlaps(box, b))) return box;
    }
  }
  return { x: 0, y: bottomOf(widgets), w: width, h };
}

/**
 * [I] How far below the top of the grid the first render mounts widgets without waiting for the
 * IntersectionObserver: one 1000 px screen plus one screen ahead. It comes from the layout alone, so the
 * server's HTML and the first browser render agree, and every viewer of a view sends the same first request.
 */
export const INITIAL_AHEAD_PX = 2_000;

/** The widgets whose top edge lies within `aheadPx` of the grid's top, at the grid's row height. */
export function initiallySeen(
  widgets: readonly Widget[],
  aheadPx: number = INITIAL_AHEAD_PX,
  rowHeightPx: number = GRID_ROW_HEIGHT_PX,
): string[] {
  return widgets.filter((w) => w.position.y * (rowHeightPx + GRID_GAP_PX) < aheadPx).map((w) => w.id);
}

/** The widgets of each batch, in batch order; widgets in no batch are left out, ids of gone widgets ignored. */
export function widgetsOfBatches(
  widgets: readonly Widget[],
  batches: readonly (readonly string[])[],
): Widget[][] {
  const byId = new Map(widgets.map((w) => [w.id, w]));
  return batches
    .map((batch) => batch.flatMap((id) => byId.get(id) ?? []))
    .filter((batch) => batch.length > 0);
}
