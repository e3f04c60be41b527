import { describe, expect, it } from "vitest";
import type { ChartSeries } from "./series-model";
import { buildMetricTable, MAX_TABLE_TIME_COLUMNS } from "./table";

function chartSeries(key: string, timestamps: number[], values: number[], unit?: string): ChartSeries {
  return {
    key,
    id: key,
    label: `Series ${key}`,
    color: "#123456",
    axis: "left",
    queryId: "m1",
    accountId: "1",
    region: "r",
    period: 60,
    timestamps,
    values,
    ...(unit ? { unit } : {}),
  };
}

const a = chartSeries("s0", [0, 60, 120], [1, 2, 3]);
const b = chartSeries("s1", [60, 120], [1500, 2500], "Bytes");

describe("buildMetricTable", () => {
  it("has one row per series with the default summary columns", () => {
    const table = buildMetricTable([a, b], undefined, "UTC");
    expect(table.columns.map((c) => c.label)).toEqual(["Average", "Min", "Max", "Last"]);
    expect(table.rows.map((r) => r.label)).toEqual(["Series s0", "Series s1"]);
    expect(table.rows[0]?.cells.map((c) => c.text)).toEqual(["2", "1", "3", "3"]);
    expect(table.rows[1]?.cells.map((c) => c.value)).toEqual([2000, 1500, 2500, 2500]);
    expect(table.rows[1]?.cells[0]?.text).toBe("1.95 KiB");
  });

  it("uses the widget's summary columns, case-insensitively, ignoring unknown ones", () => {
    const table = buildMetricTable([a], { summaryColumns: ["sum", "MAX", "P99"] }, "UTC");
    expect(table.columns.map((c) => c.key)).toEqual(["SUM", "MAX"]);
    expect(table.rows[0]?.cells.map((c) => c.value)).toEqual([6, 3]);
  });

  it("shows one column per timestamp with showTimeSeriesData, blanks where a series has no point", () => {
    const table = buildMetricTable([a, b], { showTimeSeriesData: true }, "UTC");
    expect(table.columns.map((c) => c.label)).toEqual([
      "1970-01-01 00:00",
      "1970-01-01 00:01",
      "1970-01-01 00:02",
    ]);
    expect(table.rows[1]?.cells.map((c) => c.text)).toEqual(["", "1.46 KiB", "2.44 KiB"]);
  });

  it("transposes in the vertical layout", () => {
    const table = buildMetricTable([a, b], { layout: "vertical", summaryColumns: ["MIN", "MAX"] }, "UTC");
    expect(table.columns.map((c) => c.label)).toEqual(["Series s0", "Series s1"]);
    expect(table.rows.map((r) => r.label)).toEqual(["Min", "Max"]);
    expect(table.rows[1]?.cells.map((c) => c.value)).toEqual([3, 2500]);
  });

  it("keeps only the latest time columns", () => {
    const n = MAX_TABLE_TIME_COLUMNS + 5;
    const long = chartSeries(
      "s0",
      Array.from({ length: n }, (_, i) => i * 60),
      Array.from({ length: n }, (_, i) => i),
    );
    const table = buildMetricTable([long], { showTimeSeriesData: true }, "UTC");
    expect(table.omittedTimeColumns).toBe(5);
    expect(table.columns).toHaveLength(MAX_TABLE_TIME_COLUMNS);
    expect(table.rows[0]?.cells[0]?.value).toBe(5);
  });
});
