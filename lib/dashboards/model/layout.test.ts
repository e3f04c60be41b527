import { describe, expect, it } from "vitest";
import { layoutWidgets } from "./layout";

describe("layoutWidgets", () => {
  it("flows unplaced widgets left to right, then down", () => {
    const items = Array.from({ length: 5 }, () => ({ w: 6, h: 6 }));
    expect(layoutWidgets(items)).toEqual([
      { x: 0, y: 0, w: 6, h: 6 },
      { x: 6, y: 0, w: 6, h: 6 },
      { x: 12, y: 0, w: 6, h: 6 },
      { x: 18, y: 0, w: 6, h: 6 },
      { x: 0, y: 6, w: 6, h: 6 },
    ]);
  });

  it("keeps placed widgets and flows around them", () => {
    const placed = { x: 6, y: 0, w: 12, h: 4 };
    expect(layoutWidgets([{ w: 6, h: 2 }, placed, { w: 12, h: 3 }, { w: 6, h: 3 }])).toEqual([
      { x: 0, y: 0, w: 6, h: 2 },
      placed,
      { x: 0, y: 4, w: 12, h: 3 },
      { x: 12, y: 4, w: 6, h: 3 },
    ]);
  });

  it("continues after the widget before it, filling gaps to its right", () => {
    expect(
      layoutWidgets([
        { w: 12, h: 6 },
        { w: 6, h: 3 },
        { w: 6, h: 3 },
        { w: 6, h: 3 },
      ]),
    ).toEqual([
      { x: 0, y: 0, w: 12, h: 6 },
      { x: 12, y: 0, w: 6, h: 3 },
      { x: 18, y: 0, w: 6, h: 3 },
      { x: 12, y: 3, w: 6, h: 3 },
    ]);
  });

  it("honours a lone x or y", () => {
    expect(
      layoutWidgets([
        { x: 0, y: 0, w: 24, h: 2 },
        { x: 18, w: 6, h: 2 },
        { y: 10, w: 6, h: 2 },
      ]),
    ).toEqual([
      { x: 0, y: 0, w: 24, h: 2 },
      { x: 18, y: 2, w: 6, h: 2 },
      { x: 0, y: 10, w: 6, h: 2 },
    ]);
  });

  it("never overlaps auto-placed widgets and stays inside the grid", () => {
    let seed = 3;
    const rand = (n: number) => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed % n;
    };
    const items = Array.from({ length: 120 }, () => ({ w: 1 + rand(24), h: 1 + rand(8) }));
    const rects = layoutWidgets(items);
    for (const [i, a] of rects.entries()) {
      expect(a.x + a.w).toBeLessThanOrEqual(24);
      for (const b of rects.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    }
  });

  it("lays out 500 widgets quickly", () => {
    const started = performance.now();
    layoutWidgets(Array.from({ length: 500 }, (_, i) => ({ w: 1 + (i % 12), h: 1 + (i % 7) })));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("layoutWidgets with untrusted numbers", () => {
  it("ends for coordinates near 2^53 (main looped forever on them)", () => {
    const huge = 2 ** 53 - 1;
    const rects = layoutWidgets([
      { w: 6, h: 6 },
      { x: 0, y: huge, w: 24, h: huge },
      { y: huge, w: huge, h: 6 },
      { w: 6, h: 6 },
    ]);
    expect(rects[0]).toEqual({ x: 0, y: 0, w: 6, h: 6 });
    expect(rects[2]?.w).toBe(24);
    expect(rects[3]?.y).toBeLessThanOrEqual(501_000);
  });

  it("treats non-finite sizes as the smallest widget", () => {
    expect(layoutWidgets([{ w: Number.NaN, h: Number.POSITIVE_INFINITY }])).toEqual([
      { x: 0, y: 0, w: 1, h: 1 },
    ]);
  });
});
