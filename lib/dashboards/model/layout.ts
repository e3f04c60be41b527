import { GRID_COLUMNS } from "./constants";

// CloudWatch places a widget without x/y at "the next available position": after the previous widget, left to
// right, then on down. Placed widgets keep their spot; each unplaced one takes the first free slot scanning
// row-major from just after the widget before it.

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

/** One bit per column, one number per row (24 columns fit in a 32-bit mask). */
class Occupancy {
  private readonly rows: number[] = [];

  fits(x: number, y: number, w: number, h: number): boolean {
    const mask = columnsMask(x, w);
    for (let row = y; row < y + h; row++) if (((this.rows[row] ?? 0) & mask) !== 0) return false;
    return true;
  }

  take(rect: GridRect): void {
    const mask = columnsMask(rect.x, rect.w);
    for (let row = rect.y; row < rect.y + rect.h; row++) this.rows[row] = (this.rows[row] ?? 0) | mask;
  }

  get height(): number {
    return this.rows.length;
  }
}

function columnsMask(x: number, w: number): number {
  return (2 ** w - 1) * 2 ** x;
}

function clampInt(value: number, min: number, max: number): number {
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
    const y = Math.max(0, Math.trunc(item.y));
    for (let x = 0; x + w <= GRID_COLUMNS; x++) if (grid.fits(x, y, w, h)) return { x, y, w, h };
    return { x: 0, y, w, h };
  }
  const fixedX = item.x === undefined ? undefined : clampInt(item.x, 0, GRID_COLUMNS - w);
  // Below the last occupied row everything is free, so the scan always ends.
  for (let y = from.y; ; y++) {
    if (fixedX !== undefined) {
      if (grid.fits(fixedX, y, w, h)) return { x: fixedX, y, w, h };
      continue;
    }
    for (let x = y === from.y ? from.x : 0; x + w <= GRID_COLUMNS; x++) {
      if (grid.fits(x, y, w, h)) return { x, y, w, h };
    }
    if (y > grid.height) return { x: 0, y, w, h };
  }
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
      y: Math.max(0, Math.trunc(rect.y)),
      w: clampInt(rect.w, 1, GRID_COLUMNS - x),
      h: Math.max(1, rect.h),
    });
    return rect;
  });
  let cursor = { x: 0, y: 0 };
  return items.map((item, index) => {
    let rect = placed[index];
    if (!rect) {
      const w = clampInt(item.w, 1, GRID_COLUMNS);
      const h = Math.max(1, Math.trunc(item.h));
      rect = firstFree(grid, item, w, h, cursor);
      grid.take(rect);
    }
    cursor = { x: rect.x + rect.w, y: rect.y };
    return rect;
  });
}
