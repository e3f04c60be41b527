import { describe, expect, it } from "vitest";
import type { SeriesJson as SeriesData } from "@/lib/contracts/metrics-query";
import { SERIES_PALETTE } from "./colors";
import { formatValue } from "./format-value";
import { commonUnit, describeSeries, hasAnyPoint, seriesIdentity } from "./series-model";

function series(queryId: string, label: string, extra: Partial<SeriesData> = {}): SeriesData {
  return {
    queryId,
    label,
    accountId: "111111111111",
    region: "us-east-1",
    period: 60,
    timestamps: [0, 60],
    values: [1, 2],
    ...extra,
  };
}

describe("describeSeries", () => {
  it("drops series of invisible queries and keys the rest s0, s1…", () => {
    const out = describeSeries(
      [series("m1", "input"), series("e1", "sum"), series("e2", "other")],
      [
        { id: "m1", visible: false },
        { id: "e1", visible: true },
        { id: "e2", visible: true, yAxis: "right", color: "#00ff00" },
      ],
    );
    expect(out.map((s) => [s.key, s.label, s.axis, s.color])).toEqual([
      ["s0", "sum", "left", SERIES_PALETTE[0]],
      ["s1", "other", "right", "#00ff00"],
    ]);
  });

  it("keeps the unit each series carries from the server (issue 8: no second lookup by query id)", () => {
    const out = describeSeries([series("m1", "cpu", { unit: "Percent" })], [{ id: "m1" }]);
    expect(out[0]?.unit).toBe("Percent");
    expect(describeSeries([series("m1", "cpu")], [{ id: "m1" }])[0]?.unit).toBeUndefined();
  });

  it("uses the unit the server attached to the series, so axes show units everywhere", () => {
    const latency = series("m1", "latency", { unit: "Milliseconds", values: [3800, 1200] });
    const out = describeSeries([latency], [{ id: "m1" }]);
    expect(out[0]?.unit).toBe("Milliseconds");
    expect(formatValue(3800, { unit: commonUnit(out) })).toBe("3.8 s");
    const bytes = describeSeries([series("m1", "free", { unit: "Bytes" })], [{ id: "m1" }]);
    expect(formatValue(32 * 1024 ** 3, { unit: commonUnit(bytes) })).toBe("32 GiB");
  });

  it("appends the Region to labels shared across Regions", () => {
    const out = describeSeries(
      [series("m1", "Errors"), series("m1", "Errors", { region: "eu-west-1" }), series("m2", "Solo")],
      [{ id: "m1" }, { id: "m2" }],
    );
    expect(out.map((s) => s.label)).toEqual(["Errors (us-east-1)", "Errors (eu-west-1)", "Solo"]);
  });

  it("gives identities that survive reordering", () => {
    const a = series("m1", "A");
    const b = series("m1", "B");
    const first = describeSeries([a, b], [{ id: "m1" }]);
    const second = describeSeries([b, a], [{ id: "m1" }]);
    expect(second[1]?.id).toBe(first[0]?.id);
    expect(first[0]?.id).toBe(seriesIdentity(a));
  });
});

describe("commonUnit", () => {
  it("returns the unit only when every series shares it", () => {
    expect(commonUnit([{ unit: "Bytes" }, { unit: "Bytes" }])).toBe("Bytes");
    expect(commonUnit([{ unit: "Bytes" }, { unit: "Percent" }])).toBeUndefined();
    expect(commonUnit([{ unit: "Bytes" }, {}])).toBeUndefined();
  });
});

describe("hasAnyPoint", () => {
  it("looks for a finite value", () => {
    expect(hasAnyPoint([{ values: [] }, { values: [Number.NaN] }])).toBe(false);
    expect(hasAnyPoint([{ values: [] }, { values: [0] }])).toBe(true);
  });
});
