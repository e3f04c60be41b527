import { GRID_COLUMNS, MAX_GRID_Y, MAX_WIDGET_HEIGHT } from "./constants";

// CloudWatch places a widget without x/y at "the next available position": after the previous widget, left to
// right, then on down. Placed widgets keep their spot; each unplaced one takes the first free slot scanning
// row-major from just after the widget before it.
//
// Input comes from untrusted bodies, so no loop here runs over a coordinate: occupancy is a list of rectangles
// and the scan only visits rows where a free slot can begin (the cursor's rows and the bottoms of placed
// rectangles). Work is O(widgets² × columns) whatever numbers the body holds.

export interface LayoutItem {
  x?: number;
  y?: number;
  w: number;
  h: number;
}

export interface GridRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

class Occupancy {
  private readonly rects: GridRect[] = [];

  fits(x: number, y: number, w: number, h: number): boolean {
    return this.rects.every((r) => x + w <= r.x || r.x + r.w <= x || y + h <= r.y || r.y + r.h <= y);
  }

  take(rect: GridRect): void {
    this.rects.push(rect);
  }

  /** Rows at or after `from` where a free slot may begin: a slot that fits one row lower than such a row fits here. */
  candidateRows(from: number): number[] {
    const rows = new Set([from, from + 1]);
    for (const r of this.rects) if (r.y + r.h > from) rows.add(r.y + r.h);
    return [...rows].sort((a, b) => a - b);
  }
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function firstFree(
  grid: Occupancy,
  item: LayoutItem,
  w: number,
  h: number,
  from: { x: number; y: number },
): GridRect {
  if (item.y !== undefined) {
    const y = clampInt(item.y, 0, MAX_GRID_Y);
    for (let x = 0; x + w <= GRID_COLUMNS; x++) if (grid.fits(x, y, w, h)) return { x, y, w, h };
    return { x: 0, y, w, h };
  }
  const fixedX = item.x === undefined ? undefined : clampInt(item.x, 0, GRID_COLUMNS - w);
  const rows = grid.candidateRows(from.y);
  for (const y of rows) {
    if (fixedX !== undefined) {
      if (grid.fits(fixedX, y, w, h)) return { x: fixedX, y, w, h };
      continue;
    }
    for (let x = y === from.y ? from.x : 0; x + w <= GRID_COLUMNS; x++) {
      if (grid.fits(x, y, w, h)) return { x, y, w, h };
    }
  }
  // Unreachable: the largest candidate row lies below every rectangle and after the cursor's row.
  return { x: fixedX ?? 0, y: (rows.at(-1) ?? from.y) + 1, w, h };
}

/** Positions for every item: given ones kept, missing ones filled in CloudWatch's flow order. */
export function layoutWidgets(items: readonly LayoutItem[]): GridRect[] {
  const grid = new Occupancy();
  const placed: Array<GridRect | undefined> = items.map((item) => {
    if (item.x === undefined || item.y === undefined) return undefined;
    const rect = { x: item.x, y: item.y, w: item.w, h: item.h };
    // Out-of-grid values are the validator's business; occupancy only needs something inside the grid.
    const x = clampInt(rect.x, 0, GRID_COLUMNS - 1);
    grid.take({
      x,
      y: clampInt(rect.y, 0, MAX_GRID_Y),
      w: clampInt(rect.w, 1, GRID_COLUMNS - x),
      h: clampInt(rect.h, 1, MAX_WIDGET_HEIGHT),
    });
    return rect;
  });
  let cursor = { x: 0, y: 0 };
  return items.map((item, index) => {
    let rect = placed[index];
    if (!rect) {
      const w = clampInt(item.w, 1, GRID_COLUMNS);
      const h = clampInt(item.h, 1, MAX_WIDGET_HEIGHT);
      rect = firstFree(grid, item, w, h, cursor);
      grid.take(rect);
    }
    cursor = { x: clampInt(rect.x + rect.w, 0, GRID_COLUMNS), y: clampInt(rect.y, 0, MAX_GRID_Y) };
    return rect;
  });
}
