import { describe, expect, it } from "vitest";
import { axisDomain, DEFAULT_ANNOTATION_COLOR, horizontalMarks, verticalMarks } from "./annotations";

describe("horizontalMarks", () => {
  it("maps a threshold line with fill to a line and an open-ended area", () => {
    const marks = horizontalMarks([
      { kind: "line", value: 80, label: "High", color: "#ff0000", fill: "above" },
      { kind: "line", value: 10, fill: "below", yAxis: "right" },
    ]);
    expect(marks.lines).toEqual([
      { value: 80, label: "High", color: "#ff0000", axis: "left" },
      { value: 10, color: DEFAULT_ANNOTATION_COLOR, axis: "right" },
    ]);
    expect(marks.areas).toEqual([
      { from: 80, color: "#ff0000", axis: "left" },
      { to: 10, color: DEFAULT_ANNOTATION_COLOR, axis: "right" },
    ]);
  });

  it("maps a band to an area between its edges plus both edge lines", () => {
    const marks = horizontalMarks([
      { kind: "band", from: { value: 90, color: "#00ff00", label: "ok" }, to: { value: 50 } },
    ]);
    expect(marks.areas).toEqual([{ from: 50, to: 90, color: "#00ff00", axis: "left", label: "ok" }]);
    expect(marks.lines.map((l) => l.value)).toEqual([90, 50]);
  });

  it("skips invisible annotations", () => {
    const marks = horizontalMarks([
      { kind: "line", value: 1, visible: false },
      { kind: "band", from: { value: 1, visible: false }, to: { value: 2 } },
    ]);
    expect(marks).toEqual({ lines: [], areas: [] });
  });
});

describe("verticalMarks", () => {
  it("maps instants to ms, fills before/after, and bands", () => {
    const marks = verticalMarks([
      { kind: "line", value: "2024-05-01T12:00:00Z", label: "Deploy", fill: "before" },
      {
        kind: "band",
        from: { value: "2024-05-01T14:00:00Z" },
        to: { value: "2024-05-01T13:00:00Z", color: "#123456" },
      },
      { kind: "line", value: "not a date" },
    ]);
    const noon = Date.UTC(2024, 4, 1, 12);
    expect(marks.lines).toEqual([{ t: noon, label: "Deploy", color: DEFAULT_ANNOTATION_COLOR }]);
    expect(marks.areas).toEqual([
      { to: noon, color: DEFAULT_ANNOTATION_COLOR },
      { from: Date.UTC(2024, 4, 1, 13), to: Date.UTC(2024, 4, 1, 14), color: "#123456" },
    ]);
  });
});

describe("axisDomain", () => {
  it("fits the data when no bound is set", () => {
    expect(axisDomain(undefined)).toEqual({ domain: ["auto", "auto"], fixed: false });
  });

  it("uses the bounds that are set", () => {
    expect(axisDomain({ min: 0 })).toEqual({ domain: [0, "auto"], fixed: true });
    expect(axisDomain({ min: 0, max: 100 })).toEqual({ domain: [0, 100], fixed: true });
  });

  it("starts at zero for bars and stacked areas unless a min is set", () => {
    expect(axisDomain(undefined, { includeZero: true })).toEqual({ domain: [0, "auto"], fixed: false });
    expect(axisDomain({ min: 5 }, { includeZero: true })).toEqual({ domain: [5, "auto"], fixed: true });
  });

  it("ignores a min that is not below the max", () => {
    expect(axisDomain({ min: 5, max: 5 })).toEqual({ domain: ["auto", "auto"], fixed: false });
  });
});
