import { describe, expect, it } from "vitest";
import { barRows, pieSlices, pieTooltipText, snapshotItems, type SnapshotItem } from "./snapshot";
import type { ChartSeries } from "./series-model";

function chartSeries(key: string, queryId: string, values: number[]): ChartSeries {
  return {
    key,
    id: key,
    label: key,
    color: "#000000",
    axis: "left",
    queryId,
    accountId: "1",
    region: "r",
    period: 60,
    timestamps: values.map((_, i) => i * 60),
    values,
  };
}

function item(key: string, value: number | null): SnapshotItem {
  return { key, id: key, label: key, color: "#000000", value };
}

describe("snapshotItems", () => {
  it("takes the latest value, or the whole range combined per statistic", () => {
    const series = [chartSeries("s0", "m1", [1, 2, 3]), chartSeries("s1", "m2", [4, 6])];
    const queries = [
      { id: "m1", stat: "Sum" },
      { id: "m2", stat: "Average" },
    ];
    expect(snapshotItems(series, queries, false).map((i) => i.value)).toEqual([3, 6]);
    expect(snapshotItems(series, queries, true).map((i) => i.value)).toEqual([6, 5]);
  });
});

describe("pieSlices", () => {
  it("keeps positive values and computes shares", () => {
    const slices = pieSlices([item("a", 30), item("b", 0), item("c", null), item("d", 10), item("e", -4)]);
    expect(slices.map((s) => [s.key, s.share])).toEqual([
      ["a", 75],
      ["d", 25],
    ]);
  });
});

describe("pieTooltipText", () => {
  it("shows the value with its unit and the slice's share of the pie", () => {
    expect(pieTooltipText(1234, 34.56)).toBe("1.23k (34.6%)");
    expect(pieTooltipText(50, 50, "Percent")).toBe("50% (50%)");
    expect(pieTooltipText(2048, 12.5, "Bytes")).toBe("2 KiB (12.5%)");
  });
});

describe("barRows", () => {
  it("puts positive bars right of zero on a shared scale", () => {
    expect(barRows([item("a", 50), item("b", 100)]).map((r) => [r.start, r.end])).toEqual([
      [0, 0.5],
      [0, 1],
    ]);
  });

  it("grows negative bars leftwards from zero", () => {
    expect(barRows([item("a", -50), item("b", 150), item("c", null)]).map((r) => [r.start, r.end])).toEqual([
      [0, 0.25],
      [0.25, 1],
      [0.25, 0.25],
    ]);
  });
});
