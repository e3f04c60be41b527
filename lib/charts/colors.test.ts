import { describe, expect, it } from "vitest";
import { assignSeriesColors, paletteColor, parseHexColor, SERIES_PALETTE, shadeOf } from "./colors";

describe("paletteColor", () => {
  it("cycles through the palette", () => {
    expect(paletteColor(0)).toBe(SERIES_PALETTE[0]);
    expect(paletteColor(SERIES_PALETTE.length + 2)).toBe(SERIES_PALETTE[2]);
  });
});

describe("parseHexColor", () => {
  it("reads 3- and 6-digit hex", () => {
    expect(parseHexColor("#f00")).toEqual({ r: 255, g: 0, b: 0 });
    expect(parseHexColor("#1F77B4")).toEqual({ r: 31, g: 119, b: 180 });
    expect(parseHexColor("red")).toBeNull();
  });
});

describe("shadeOf", () => {
  it("keeps the base for index 0 and gives distinct valid shades after it", () => {
    expect(shadeOf("#1f77b4", 0)).toBe("#1f77b4");
    const shades = Array.from({ length: 20 }, (_, i) => shadeOf("#1f77b4", i));
    expect(new Set(shades).size).toBe(20);
    for (const s of shades) expect(s).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("returns colours it cannot parse unchanged", () => {
    expect(shadeOf("rebeccapurple", 3)).toBe("rebeccapurple");
  });
});

describe("assignSeriesColors", () => {
  const queries = [{ id: "m1", visible: false }, { id: "e1" }, { id: "e2", color: "#ff0000" }, { id: "e3" }];

  it("gives drawn queries palette slots in widget order, skipping hidden ones", () => {
    expect(assignSeriesColors(["e1", "e3"], queries)).toEqual([SERIES_PALETTE[0], SERIES_PALETTE[1]]);
  });

  it("lets a query's own colour win", () => {
    expect(assignSeriesColors(["e2"], queries)).toEqual(["#ff0000"]);
  });

  it("gives array members shades of their query's colour", () => {
    const colors = assignSeriesColors(["e2", "e2", "e2", "e1"], queries);
    expect(colors[0]).toBe("#ff0000");
    expect(colors[1]).toBe(shadeOf("#ff0000", 1));
    expect(colors[2]).toBe(shadeOf("#ff0000", 2));
    expect(colors[3]).toBe(SERIES_PALETTE[0]);
  });

  it("is stable whatever order the series arrive in", () => {
    const a = assignSeriesColors(["e1", "e3"], queries);
    const b = assignSeriesColors(["e3", "e1"], queries);
    expect(b).toEqual([a[1], a[0]]);
  });

  it("gives series of unknown queries the slots after the known ones", () => {
    expect(assignSeriesColors(["zz"], queries)).toEqual([SERIES_PALETTE[2]]);
  });
});
