import { describe, expect, it } from "vitest";
import { ASSUMED_GRID_WIDTH_PX, gridWidthFrom } from "./grid-width";

describe("gridWidthFrom", () => {
  it("reads a measured width and falls back to the assumed one for anything else", () => {
    expect(gridWidthFrom("1536")).toBe(1536);
    expect(gridWidthFrom(undefined)).toBe(ASSUMED_GRID_WIDTH_PX);
    for (const bad of ["", "abc", "12.5", "-1", "10", "99999"])
      expect(gridWidthFrom(bad), bad).toBe(ASSUMED_GRID_WIDTH_PX);
  });
});
