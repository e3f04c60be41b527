import { describe, expect, it } from "vitest";
import type { Widget } from "@/lib/dashboards/model";
import { bottomOf, plotWidths } from "./grid";

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
