import { describe, expect, it } from "vitest";
import type { Widget } from "@/lib/dashboards/model";
import { bottomOf, firstFreePosition, plotWidths } from "./grid";

const widget = (id: string, x: number, y: number, w: number, h: number): Widget => ({
  type: "text",
  id,
  position: { x, y, w, h },
  markdown: "",
});

describe("grid", () => {
  it("gives wider widgets wider plots, in 50 px steps", () => {
    const widths = plotWidths([widget("a", 0, 0, 6, 4), widget("b", 6, 0, 18, 4)], 1200);
    expect(widths.a).toBeLessThan(widths.b ?? 0);
    expect((widths.a ?? 0) % 50).toBe(0);
    expect(plotWidths([widget("a", 0, 0, 6, 4)], 1210).a).toBe(widths.a);
  });

  it("finds the bottom of the grid", () => {
    expect(bottomOf([widget("a", 0, 0, 6, 4), widget("b", 6, 2, 6, 7)])).toBe(9);
    expect(bottomOf([])).toBe(0);
  });
});

describe("firstFreePosition", () => {
  it("takes the origin of an empty grid", () => {
    expect(firstFreePosition([], 12, 6)).toEqual({ x: 0, y: 0, w: 12, h: 6 });
  });

  it("fills the gap beside a widget before going below everything", () => {
    const widgets = [widget("a", 0, 0, 12, 6), widget("b", 0, 6, 24, 6)];
    expect(firstFreePosition(widgets, 12, 6)).toEqual({ x: 12, y: 0, w: 12, h: 6 });
  });

  it("goes below when no row has room, and never overlaps", () => {
    const widgets = [widget("a", 0, 0, 8, 6), widget("b", 8, 0, 8, 3), widget("c", 16, 0, 8, 6)];
    const place = firstFreePosition(widgets, 12, 6);
    expect(place).toEqual({ x: 0, y: 6, w: 12, h: 6 });
    expect(firstFreePosition(widgets, 8, 3)).toEqual({ x: 8, y: 3, w: 8, h: 3 });
  });

  it("answers at once even for a widget placed absurdly far down", () => {
    const far = [widget("a", 0, 0, 24, 2), widget("b", 0, 2 ** 40, 24, 2)];
    expect(firstFreePosition(far, 24, 4)).toEqual({ x: 0, y: 2, w: 24, h: 4 });
  });
});
