import { describe, expect, it } from "vitest";
import {
  formatDelta,
  formatPercentChange,
  formatValue,
  formatValueParts,
  roundSignificant,
  unitInfo,
} from "./format-value";

describe("roundSignificant", () => {
  it("keeps three significant digits and drops trailing zeros", () => {
    expect(roundSignificant(1.2345)).toBe("1.23");
    expect(roundSignificant(12.0)).toBe("12");
    expect(roundSignificant(0.0012345)).toBe("0.00123");
    expect(roundSignificant(-45.678)).toBe("-45.7");
    expect(roundSignificant(0)).toBe("0");
    expect(roundSignificant(1234)).toBe("1234");
  });
});

describe("formatValue", () => {
  it("abbreviates plain numbers with SI suffixes", () => {
    expect(formatValue(999)).toBe("999");
    expect(formatValue(1234)).toBe("1.23k");
    expect(formatValue(12_345)).toBe("12.3k");
    expect(formatValue(1_500_000)).toBe("1.5M");
    expect(formatValue(2.5e9)).toBe("2.5G");
    expect(formatValue(-4200)).toBe("-4.2k");
    expect(formatValue(0.5)).toBe("0.5");
  });

  it("moves to the next prefix when rounding reaches it", () => {
    expect(formatValue(999_600)).toBe("1M");
  });

  it("treats Count and None as plain numbers, and rates get /s", () => {
    expect(formatValue(1500, { unit: "Count" })).toBe("1.5k");
    expect(formatValue(3, { unit: "None" })).toBe("3");
    expect(formatValue(1500, { unit: "Count/Second" })).toBe("1.5k/s");
  });

  it("formats percent without scaling", () => {
    expect(formatValue(45.678, { unit: "Percent" })).toBe("45.7%");
    expect(formatValue(1234, { unit: "Percent" })).toBe("1234%");
  });

  it("scales bytes by 1024 and bits by 1000", () => {
    expect(formatValue(512, { unit: "Bytes" })).toBe("512 B");
    expect(formatValue(1536, { unit: "Bytes" })).toBe("1.5 KiB");
    expect(formatValue(1, { unit: "Megabytes" })).toBe("1 MiB");
    expect(formatValue(2048, { unit: "Kilobytes/Second" })).toBe("2 MiB/s");
    expect(formatValue(1500, { unit: "Bits" })).toBe("1.5 kb");
  });

  it("picks a readable time unit", () => {
    expect(formatValue(250, { unit: "Milliseconds" })).toBe("250 ms");
    expect(formatValue(1500, { unit: "Milliseconds" })).toBe("1.5 s");
    expect(formatValue(90, { unit: "Seconds" })).toBe("1.5 min");
    expect(formatValue(7200, { unit: "Seconds" })).toBe("2 h");
    expect(formatValue(0.5, { unit: "Microseconds" })).toBe("0.5 µs");
  });

  it("appends unknown units after SI scaling", () => {
    expect(formatValue(2500, { unit: "Widgets" })).toBe("2.5k Widgets");
  });

  it("shows every digit with full precision", () => {
    expect(formatValue(1_234_567.891, { fullPrecision: true })).toBe("1,234,567.891");
    expect(formatValue(1536, { unit: "Bytes", fullPrecision: true })).toBe("1,536 B");
    expect(formatValue(12.5, { unit: "Percent", fullPrecision: true })).toBe("12.5%");
  });

  it("marks non-finite values", () => {
    expect(formatValue(Number.NaN)).toBe("—");
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe("∞");
  });

  it("splits number and suffix for big-number display", () => {
    expect(formatValueParts(1536, { unit: "Bytes" })).toEqual({ number: "1.5", suffix: " KiB" });
    expect(formatValueParts(12_300)).toEqual({ number: "12.3", suffix: "k" });
  });
});

describe("unitInfo", () => {
  it("recognises per-second units case-insensitively", () => {
    expect(unitInfo("bytes/second")).toMatchObject({ kind: "bytes", perSecond: true });
    expect(unitInfo(undefined)).toMatchObject({ kind: "plain", perSecond: false });
  });
});

describe("formatDelta / formatPercentChange", () => {
  it("signs changes", () => {
    expect(formatDelta(1200)).toBe("+1.2k");
    expect(formatDelta(-3, { unit: "Percent" })).toBe("-3%");
    expect(formatDelta(0)).toBe("±0");
    expect(formatPercentChange(12.345)).toBe("+12.3%");
    expect(formatPercentChange(-50)).toBe("-50%");
  });
});
