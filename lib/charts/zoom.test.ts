import { describe, expect, it } from "vitest";
import { MIN_ZOOM_SPAN_MS, pixelToTime, timeToPixel, zoomRangeFromDrag } from "./zoom";

const plot = { left: 50, width: 1000 };
const domain: [number, number] = [0, 10 * 3_600_000];

describe("pixel ↔ time", () => {
  it("maps the plot linearly onto the domain, clamping outside it", () => {
    expect(pixelToTime(50, plot, domain)).toBe(0);
    expect(pixelToTime(550, plot, domain)).toBe(5 * 3_600_000);
    expect(pixelToTime(5000, plot, domain)).toBe(domain[1]);
    expect(timeToPixel(5 * 3_600_000, plot, domain)).toBe(550);
  });
});

describe("zoomRangeFromDrag", () => {
  it("turns a drag in either direction into a range", () => {
    const expected = { startMs: 3_600_000, endMs: 2 * 3_600_000 };
    expect(zoomRangeFromDrag(150, 250, plot, domain)).toEqual(expected);
    expect(zoomRangeFromDrag(250, 150, plot, domain)).toEqual(expected);
  });

  it("ignores tiny drags", () => {
    expect(zoomRangeFromDrag(150, 153, plot, domain)).toBeNull();
  });

  it("clamps drags that leave the plot", () => {
    expect(zoomRangeFromDrag(-100, 150, plot, domain)).toEqual({ startMs: 0, endMs: 3_600_000 });
  });

  it("widens selections narrower than the minimum span", () => {
    const range = zoomRangeFromDrag(100, 110, { left: 0, width: 1000 }, [0, 600_000]);
    expect(range && range.endMs - range.startMs).toBe(MIN_ZOOM_SPAN_MS);
  });
});
