import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparkline";

describe("sparklinePath", () => {
  const box = { width: 100, height: 10, period: 60 };

  it("scales points to the box, highest value at the top", () => {
    expect(sparklinePath([0, 60, 120], [0, 5, 10], box)).toBe("M0 10 L50 5 L100 0");
  });

  it("starts a new segment after a gap and dots isolated points", () => {
    expect(sparklinePath([0, 60, 240], [0, 10, 5], { ...box, start: 0, end: 240_000 })).toBe(
      "M0 10 L25 0 M100 5 l0 0",
    );
  });

  it("centres a flat line and returns nothing without points", () => {
    expect(sparklinePath([0, 60], [3, 3], box)).toBe("M0 5 L100 5");
    expect(sparklinePath([0], [Number.NaN], box)).toBe("");
  });
});
