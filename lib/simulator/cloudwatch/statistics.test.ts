import { describe, expect, it } from "vitest";
import { parseStatistic } from "./statistics";

describe("parseStatistic", () => {
  it("accepts the five basic statistics, case sensitively", () => {
    for (const s of ["SampleCount", "Average", "Sum", "Minimum", "Maximum"])
      expect(parseStatistic(s)).toEqual({ kind: "basic", name: s });
    expect(parseStatistic("average")).toBeNull();
    expect(parseStatistic("Avg")).toBeNull();
  });

  it("parses percentiles with decimals up to p100", () => {
    expect(parseStatistic("p99")).toEqual({ kind: "percentile", p: 99 });
    expect(parseStatistic("p99.9")).toEqual({ kind: "percentile", p: 99.9 });
    expect(parseStatistic("p0")).toEqual({ kind: "percentile", p: 0 });
    expect(parseStatistic("p100")).toEqual({ kind: "percentile", p: 100 });
    expect(parseStatistic("p100.1")).toBeNull();
    expect(parseStatistic("p")).toBeNull();
    expect(parseStatistic("P99")).toBeNull();
  });

  it("parses shorthand trimmed statistics as an upper percent bound", () => {
    expect(parseStatistic("tm90")).toEqual({
      kind: "trimmed",
      fn: "TM",
      upper: { value: 90, percent: true },
    });
    expect(parseStatistic("wm98")).toEqual({
      kind: "trimmed",
      fn: "WM",
      upper: { value: 98, percent: true },
    });
    expect(parseStatistic("tc99.5")).toEqual({
      kind: "trimmed",
      fn: "TC",
      upper: { value: 99.5, percent: true },
    });
    expect(parseStatistic("ts50")).toEqual({
      kind: "trimmed",
      fn: "TS",
      upper: { value: 50, percent: true },
    });
    expect(parseStatistic("tm101")).toBeNull();
  });

  it("parses bracket forms with percent or absolute bounds", () => {
    expect(parseStatistic("TM(10%:90%)")).toEqual({
      kind: "trimmed",
      fn: "TM",
      lower: { value: 10, percent: true },
      upper: { value: 90, percent: true },
    });
    expect(parseStatistic("TM(150:1000)")).toEqual({
      kind: "trimmed",
      fn: "TM",
      lower: { value: 150, percent: false },
      upper: { value: 1000, percent: false },
    });
    expect(parseStatistic("WM(:95%)")).toEqual({
      kind: "trimmed",
      fn: "WM",
      lower: undefined,
      upper: { value: 95, percent: true },
    });
    expect(parseStatistic("tc(2%:)")).toEqual({
      kind: "trimmed",
      fn: "TC",
      lower: { value: 2, percent: true },
      upper: undefined,
    });
    expect(parseStatistic("PR(:300)")).toEqual({ kind: "rank", lower: undefined, upper: 300 });
    expect(parseStatistic("PR(100:2000)")).toEqual({ kind: "rank", lower: 100, upper: 2000 });
  });

  it("rejects malformed bracket forms", () => {
    for (const bad of [
      "TM(:)",
      "TM(90%:10%)",
      "TM(10%:900)",
      "TM(10%:120%)",
      "PR(10%:20%)",
      "XX(1:2)",
      "TM(a:b)",
      "TM(1:2",
    ]) {
      expect(parseStatistic(bad), bad).toBeNull();
    }
  });

  it("treats IQM as the 25–75 % trimmed mean", () => {
    expect(parseStatistic("IQM")).toEqual(parseStatistic("TM(25%:75%)"));
  });
});
