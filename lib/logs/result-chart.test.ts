import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "./export";
import { fieldShares, parseLogsTimestamp, resultChart, statsGroupFields } from "./result-chart";

describe("resultChart", () => {
  it("charts stats by bin() as one series per group", () => {
    const rows = [
      { "bin(5m)": "2026-06-01 11:10:00.000", status: "200", requests: "90" },
      { "bin(5m)": "2026-06-01 11:10:00.000", status: "500", requests: "4" },
      { "bin(5m)": "2026-06-01 11:15:00.000", status: "200", requests: "80" },
      { "bin(5m)": "2026-06-01 11:15:00.000", status: "500", requests: "40" },
    ];
    const byFields = statsGroupFields("stats count(*) as requests by bin(5m), status");
    expect(byFields).toEqual(["bin(5m)", "status"]);
    const model = resultChart(rows, ["bin(5m)", "status", "requests"], byFields);
    expect(model.kind).toBe("time");
    if (model.kind !== "time") return;
    expect(model.periodSeconds).toBe(300);
    expect(model.series.map((s) => s.label)).toEqual(["200", "500"]);
    expect(model.series[1]?.values).toEqual([4, 40]);
    expect(model.series[1]?.timestamps).toEqual([
      Date.UTC(2026, 5, 1, 11, 10) / 1000,
      Date.UTC(2026, 5, 1, 11, 15) / 1000,
    ]);
  });

  it("charts stats by field as items and refuses plain events", () => {
    const model = resultChart(
      [
        { path: "/a", n: "3" },
        { path: "/b", n: "5" },
      ],
      ["path", "n"],
    );
    expect(model.kind === "items" && model.items.map((i) => [i.label, i.value])).toEqual([
      ["/a", 3],
      ["/b", 5],
    ]);
    expect(resultChart([{ "@message": "hello" }], ["@message"]).kind).toBe("none");
  });

  it("parses Logs Insights timestamps as UTC", () => {
    expect(parseLogsTimestamp("2024-01-01 00:00:05.000")).toBe(Date.UTC(2024, 0, 1, 0, 0, 5));
    expect(parseLogsTimestamp("nope")).toBeNull();
  });

  it("computes each field's share of rows", () => {
    expect(fieldShares([{ a: "1" }, { a: "2", b: "x" }], ["a", "b"])).toEqual([
      { name: "a", percent: 100 },
      { name: "b", percent: 50 },
    ]);
  });
});

describe("exports", () => {
  it("writes CSV with quoting and JSON without missing fields", () => {
    const rows: Record<string, string>[] = [{ a: 'say "hi"', b: "1,2" }, { a: "plain" }];
    expect(toCsv(rows, ["a", "b"])).toBe('a,b\r\n"say ""hi""","1,2"\r\nplain,\r\n');
    expect(JSON.parse(toJson(rows, ["a", "b"]))).toEqual([{ a: 'say "hi"', b: "1,2" }, { a: "plain" }]);
  });
});
