import { describe, expect, it } from "vitest";
import { DEFAULT_ANNOTATION_COLOR } from "./annotations";
import {
  DEFAULT_GAUGE_RANGE,
  gaugeArcPath,
  gaugeModel,
  gaugePoint,
  GAUGE_VALUE_COLOR,
  gaugeSegments,
} from "./gauge";

describe("gaugeModel", () => {
  it("places the value within the yAxis.left range", () => {
    const model = gaugeModel(7.5, { min: 0, max: 10 }, undefined);
    expect(model).toMatchObject({ min: 0, max: 10, value: 7.5, fraction: 0.75, outOfRange: null });
    expect(model.valueColor).toBe(GAUGE_VALUE_COLOR);
  });

  it("clamps values outside the range and says which side", () => {
    expect(gaugeModel(-5, { min: 0, max: 10 }, undefined)).toMatchObject({
      fraction: 0,
      outOfRange: "below",
    });
    expect(gaugeModel(50, { min: 0, max: 10 }, undefined)).toMatchObject({
      fraction: 1,
      outOfRange: "above",
    });
  });

  it("falls back to a default range", () => {
    expect(gaugeModel(1, undefined, undefined)).toMatchObject(DEFAULT_GAUGE_RANGE);
    expect(gaugeModel(1, { min: 5, max: 5 }, undefined)).toMatchObject(DEFAULT_GAUGE_RANGE);
    expect(gaugeModel(1, { max: 10 }, undefined)).toMatchObject({ min: 0, max: 10 });
  });

  it("colours the value by the last annotation range containing it", () => {
    const annotations = [
      { kind: "line" as const, value: 5, color: "#b2df8d", fill: "above" as const },
      { kind: "line" as const, value: 8, color: "#ff0000", fill: "above" as const },
    ];
    expect(gaugeModel(6, { min: 0, max: 10 }, annotations).valueColor).toBe("#b2df8d");
    expect(gaugeModel(9, { min: 0, max: 10 }, annotations).valueColor).toBe("#ff0000");
    expect(gaugeModel(2, { min: 0, max: 10 }, annotations).valueColor).toBe(GAUGE_VALUE_COLOR);
  });

  it("has no value for null", () => {
    expect(gaugeModel(null, { min: 0, max: 10 }, undefined)).toMatchObject({ value: null, fraction: 0 });
  });
});

describe("gaugeSegments", () => {
  it("turns fills and bands into ranges clamped to the gauge", () => {
    expect(
      gaugeSegments(
        [
          { kind: "line", value: 80, fill: "above", color: "#f00" },
          { kind: "line", value: 20, fill: "below" },
          { kind: "line", value: 50 },
          { kind: "band", from: { value: -10 }, to: { value: 5, color: "#0f0" } },
        ],
        0,
        100,
      ),
    ).toEqual([
      { from: 80, to: 100, color: "#f00" },
      { from: 0, to: 20, color: DEFAULT_ANNOTATION_COLOR },
      { from: 0, to: 5, color: "#0f0" },
    ]);
  });
});

describe("gauge geometry", () => {
  const geometry = { cx: 100, cy: 100, radius: 80 };

  it("runs from the left end over the top to the right end", () => {
    expect(gaugePoint(0, geometry)).toEqual({ x: 20, y: 100 });
    expect(gaugePoint(0.5, geometry)).toEqual({ x: 100, y: 20 });
    expect(gaugePoint(1, geometry)).toEqual({ x: 180, y: 100 });
  });

  it("draws arcs between fractions", () => {
    expect(gaugeArcPath(0, 1, geometry)).toBe("M 20 100 A 80 80 0 0 1 180 100");
    expect(gaugeArcPath(0.5, 0.5, geometry)).toBe("");
  });
});
