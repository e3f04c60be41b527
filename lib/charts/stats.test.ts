import { describe, expect, it } from "vitest";
import {
  aggregate,
  aggregationForStat,
  computeTrend,
  latestPoint,
  snapshotValue,
  summarizeValues,
} from "./stats";

describe("summarizeValues", () => {
  it("computes count, sum, avg, min, max, first and last, skipping non-finite values", () => {
    expect(summarizeValues([3, Number.NaN, 1, 8])).toEqual({
      count: 3,
      sum: 12,
      avg: 4,
      min: 1,
      max: 8,
      first: 3,
      last: 8,
    });
    expect(summarizeValues([])).toBeNull();
  });
});

describe("latestPoint", () => {
  it("returns the last finite point", () => {
    expect(latestPoint([0, 60, 120], [1, 2, Number.NaN])).toEqual({ timestamp: 60, value: 2 });
    expect(latestPoint([], [])).toBeNull();
  });
});

describe("computeTrend", () => {
  it("compares the latest value with the previous one and with the start", () => {
    const trend = computeTrend([50, 80, 100]);
    expect(trend).toMatchObject({
      latest: 100,
      previous: 80,
      start: 50,
      deltaPrevious: 20,
      deltaPreviousPercent: 25,
      deltaStart: 50,
      deltaStartPercent: 100,
      direction: "up",
    });
  });

  it("reports downward and flat trends", () => {
    expect(computeTrend([10, 5])?.direction).toBe("down");
    expect(computeTrend([5, 5])?.direction).toBe("flat");
  });

  it("handles a single point and a zero previous value", () => {
    expect(computeTrend([7])).toMatchObject({ previous: null, deltaPrevious: null, direction: "flat" });
    expect(computeTrend([0, 4])?.deltaPreviousPercent).toBeNull();
    expect(computeTrend([])).toBeNull();
  });
});

describe("aggregation", () => {
  it("maps statistics to how a whole range is combined", () => {
    expect(aggregationForStat("Sum")).toBe("sum");
    expect(aggregationForStat("SampleCount")).toBe("sum");
    expect(aggregationForStat("Maximum")).toBe("max");
    expect(aggregationForStat("Minimum")).toBe("min");
    expect(aggregationForStat("p99")).toBe("average");
    expect(aggregationForStat(undefined)).toBe("average");
  });

  it("aggregates", () => {
    expect(aggregate([1, 2, 3], "sum")).toBe(6);
    expect(aggregate([1, 2, 3], "average")).toBe(2);
    expect(aggregate([1, 2, 3], "last")).toBe(3);
    expect(aggregate([], "sum")).toBeNull();
  });

  it("shows the latest value unless the widget covers the whole range", () => {
    expect(snapshotValue([1, 2, 3], false, "Sum")).toBe(3);
    expect(snapshotValue([1, 2, 3], true, "Sum")).toBe(6);
    expect(snapshotValue([9], true, "p90")).toBe(9);
  });
});
