import { describe, expect, it } from "vitest";
import { durationToSeconds, isoFromSeconds, parseDuration, shortFromIso, shortFromSeconds } from "./duration";

function parsed(text: string) {
  const result = parseDuration(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("parseDuration", () => {
  it.each([
    ["PT3H", 10_800, "PT3H", false],
    ["-PT3H", 10_800, "PT3H", true],
    ["P1DT12H", 129_600, "P1DT12H", false],
    ["pt15m", 900, "PT15M", false],
    ["P2W", 1_209_600, "P2W", false],
    ["-P3M", 3 * 30 * 86_400, "P3M", true],
    ["P1Y", 365 * 86_400, "P1Y", false],
    ["PT90S", 90, "PT90S", false],
    ["36h", 129_600, "PT36H", false],
    ["-9H", 32_400, "PT9H", true],
    ["1h30m", 5_400, "PT1H30M", false],
    ["2w", 1_209_600, "P2W", false],
    [" 5m ", 300, "PT5M", false],
  ])("%s → %d s", (text, seconds, iso, negative) => {
    const value = parsed(text);
    expect(value.seconds).toBe(seconds);
    expect(value.iso).toBe(iso);
    expect(value.negative).toBe(negative);
  });

  it.each(["", "P", "PT", "P1DT", "3x", "1h1h", "h", "PT1.5H", "3 hours", "P-1D"])("rejects %j", (text) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
  });
});

describe("unit conversions", () => {
  it("writes seconds in the largest single unit", () => {
    expect(isoFromSeconds(5_400)).toBe("PT90M");
    expect(isoFromSeconds(1_209_600)).toBe("P2W");
    expect(isoFromSeconds(129_600)).toBe("PT36H");
    expect(isoFromSeconds(2_592_000)).toBe("P30D");
    expect(isoFromSeconds(61)).toBe("PT61S");
    expect(shortFromSeconds(10_800)).toBe("3h");
    expect(shortFromSeconds(604_800)).toBe("1w");
    expect(shortFromSeconds(90)).toBe("90s");
  });

  it("only shortens single-unit ISO values", () => {
    expect(shortFromIso("PT36H")).toBe("36h");
    expect(shortFromIso("P2W")).toBe("2w");
    expect(shortFromIso("P1DT12H")).toBeNull();
    expect(shortFromIso("P3M")).toBeNull();
    expect(shortFromIso("nonsense")).toBeNull();
  });

  it("measures text and numeric durations", () => {
    expect(durationToSeconds("PT3H")).toBe(10_800);
    expect(durationToSeconds(42)).toBe(42);
    expect(durationToSeconds(-5)).toBeUndefined();
    expect(durationToSeconds("-PT3H")).toBeUndefined();
    expect(durationToSeconds("bogus")).toBeUndefined();
  });
});
