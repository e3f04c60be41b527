import { describe, expect, it } from "vitest";
import { numberTiles } from "./number-widget";
import type { ChartSeries } from "./series-model";

function chartSeries(values: number[], unit?: string): ChartSeries {
  return {
    key: "s0",
    id: "s0",
    label: "Requests",
    color: "#1f77b4",
    axis: "left",
    queryId: "m1",
    accountId: "1",
    region: "r",
    period: 60,
    timestamps: values.map((_, i) => i * 60),
    values,
    ...(unit ? { unit } : {}),
  };
}

const options = { wholeRange: false, showTrend: true, fullPrecision: false };

describe("numberTiles", () => {
  it("shows the latest value with the trend against the previous point and the start", () => {
    const [tile] = numberTiles([chartSeries([1000, 1200, 1500])], [{ id: "m1", stat: "Sum" }], options);
    expect(tile?.value).toEqual({ number: "1.5", suffix: "k" });
    expect(tile?.trend).toEqual({
      direction: "up",
      text: "+300 (+25%)",
      description: "Since the previous point: +300 (+25%). Since the start of the range: +500 (+50%).",
    });
  });

  it("uses the unit and full precision for the value, never for the delta", () => {
    const [tile] = numberTiles([chartSeries([1024, 1536], "Bytes")], [], { ...options, fullPrecision: true });
    expect(tile?.value).toEqual({ number: "1,536", suffix: " B" });
    expect(tile?.trend?.text).toBe("+512 B (+50%)");
  });

  it("aggregates the whole range and shows no trend for it", () => {
    const [tile] = numberTiles([chartSeries([1, 2, 3])], [{ id: "m1", stat: "Sum" }], {
      ...options,
      wholeRange: true,
    });
    expect(tile?.value?.number).toBe("6");
    expect(tile?.trend).toBeNull();
  });

  it("has no trend when turned off or with one point, and no value without points", () => {
    expect(numberTiles([chartSeries([1, 2])], [], { ...options, showTrend: false })[0]?.trend).toBeNull();
    expect(numberTiles([chartSeries([5])], [], options)[0]?.trend).toBeNull();
    expect(numberTiles([chartSeries([])], [], options)[0]?.value).toBeNull();
  });
});

describe("numberTiles with live data (issue 9 item 3)", () => {
  it("compares complete periods only: a still-filling bucket never shows a false drop", () => {
    // 1000, 1200 complete; 150 is the newest minute, a tenth filled.
    const live = { ...chartSeries([1000, 1200, 150]), incompleteFrom: 120 };
    const [tile] = numberTiles([live], [{ id: "m1", stat: "Sum" }], options);
    expect(tile?.trend?.direction).toBe("up");
    expect(tile?.trend?.text).toBe("+200 (+20%)");
  });
});
