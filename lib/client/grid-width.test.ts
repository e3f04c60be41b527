import { describe, expect, it } from "vitest";
import { ASSUMED_GRID_WIDTH_PX, gridWidthFrom, requestGridWidth } from "./grid-width";

describe("gridWidthFrom", () => {
  it("reads a measured width and falls back to the assumed one for anything else", () => {
    expect(gridWidthFrom("1536")).toBe(1536);
    expect(gridWidthFrom(undefined)).toBe(ASSUMED_GRID_WIDTH_PX);
    for (const bad of ["", "abc", "12.5", "-1", "10", "99999"])
      expect(gridWidthFrom(bad), bad).toBe(ASSUMED_GRID_WIDTH_PX);
  });
});

describe("requestGridWidth", () => {
  it("keeps the server's width while the measured one is close, and follows the measurement beyond", () => {
    expect(requestGridWidth(0, 1856)).toBe(1856);
    expect(requestGridWidth(1324, 1856)).toBe(1856);
    expect(requestGridWidth(2400, 1856)).toBe(1856);
    expect(requestGridWidth(3776, 1856)).toBe(3776);
    expect(requestGridWidth(1004, 1856)).toBe(1004);
    // No server answers: the measurement alone (0 until measured).
    expect(requestGridWidth(1324, 0)).toBe(1324);
    expect(requestGridWidth(0, 0)).toBe(0);
  });
});
