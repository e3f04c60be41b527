import { describe, expect, it } from "vitest";
import { describeRange } from "./describe-range";
import {
  DEFAULT_TIME_RANGE,
  formatRange,
  freezeRange,
  normalizeRange,
  parseInstant,
  parseRange,
  RANGE_PRESETS,
  resolveRange,
  timeRangeSchema,
  type TimeRange,
} from "./range";

function range(text: string): TimeRange {
  const result = parseRange(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

describe("parseRange / formatRange", () => {
  it.each(RANGE_PRESETS)("preset %s round-trips", (preset) => {
    const parsed = range(preset);
    expect(parsed.type).toBe("relative");
    expect(formatRange(parsed)).toBe(preset);
  });

  it("reads the relative spellings people and CloudWatch use", () => {
    const expected = { type: "relative", duration: "PT3H" };
    for (const text of ["3h", "-3h", "now-3h", "PT3H", "-PT3H", "180m"]) {
      const parsed = range(text);
      expect(normalizeRange(parsed), text).toEqual(
        text === "180m" ? { type: "relative", duration: "PT180M" } : expected,
      );
    }
    expect(range("-P1DT12H")).toEqual({ type: "relative", duration: "P1DT12H" });
    expect(range("36h")).toEqual({ type: "relative", duration: "PT36H" });
    expect(formatRange(range("P1DT12H"))).toBe("P1DT12H");
    expect(formatRange(range("-P3M"))).toBe("P3M");
  });

  it("reads absolute ranges written as ISO instants or epoch ms", () => {
    const parsed = range("2024-05-01T00:00:00Z/2024-05-02T00:00:00.000Z");
    expect(parsed).toEqual({ type: "absolute", start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 2) });
    expect(formatRange(parsed)).toBe("2024-05-01T00:00:00.000Z/2024-05-02T00:00:00.000Z");
    expect(range(`${Date.UTC(2024, 4, 1)}/${Date.UTC(2024, 4, 2)}`)).toEqual(parsed);
    expect(range("2024-05-01T02:00:00+02:00/2024-05-02T00:00:00Z")).toEqual(parsed);
  });

  it.each([
    ["30s", "at least 60 seconds"],
    ["500d", "455 days"],
    ["+3h", "look back"],
    ["yesterday", "not a duration"],
    ["2024-05-02T00:00:00Z/2024-05-01T00:00:00Z", "before the end"],
    ["2024-05-01T00:00:00/2024-05-02T00:00:00Z", "with a zone"],
    ["a/b/c", "<from>/<to>"],
  ])("rejects %j", (text, reason) => {
    const result = parseRange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it("round-trips formatRange → parseRange for normalized ranges", () => {
    const ranges: TimeRange[] = [
      { type: "relative", duration: "PT5M" },
      { type: "relative", duration: "P1DT12H" },
      { type: "relative", duration: "P3M" },
      { type: "absolute", start: 1_700_000_000_123, end: 1_700_003_600_456 },
    ];
    for (const r of ranges) expect(range(formatRange(r))).toEqual(r);
  });

  it("normalizes numeric durations to ISO text", () => {
    expect(normalizeRange({ type: "relative", duration: 5_400 })).toEqual({
      type: "relative",
      duration: "PT90M",
    });
    expect(formatRange({ type: "relative", duration: 10_800 })).toBe("3h");
  });
});

describe("resolveRange / freezeRange", () => {
  it("resolves relative ranges back from now", () => {
    expect(resolveRange(DEFAULT_TIME_RANGE, NOW)).toEqual({ start: NOW - 3 * 3_600_000, end: NOW });
    expect(resolveRange({ type: "relative", duration: 600 }, NOW)).toEqual({
      start: NOW - 600_000,
      end: NOW,
    });
  });

  it("keeps absolute ranges as they are", () => {
    expect(resolveRange({ type: "absolute", start: 1, end: 2 }, NOW)).toEqual({ start: 1, end: 2 });
  });

  it("freezes a relative range to the instants it covers now", () => {
    expect(freezeRange(range("1d"), NOW)).toEqual({ type: "absolute", start: NOW - 86_400_000, end: NOW });
    const fixed = { type: "absolute", start: 5, end: 9 } as const;
    expect(freezeRange(fixed, NOW)).toEqual(fixed);
  });
});

describe("timeRangeSchema", () => {
  it("accepts valid ranges and rejects bad ones", () => {
    expect(timeRangeSchema.safeParse({ type: "relative", duration: "PT3H" }).success).toBe(true);
    expect(timeRangeSchema.safeParse({ type: "relative", duration: 3600 }).success).toBe(true);
    expect(timeRangeSchema.safeParse({ type: "relative", duration: "-PT3H" }).success).toBe(false);
    expect(timeRangeSchema.safeParse({ type: "relative", duration: "PT10S" }).success).toBe(false);
    expect(timeRangeSchema.safeParse({ type: "relative", duration: 1.5 }).success).toBe(false);
    expect(timeRangeSchema.safeParse({ type: "absolute", start: 10, end: 5 }).success).toBe(false);
    expect(timeRangeSchema.safeParse({ type: "sliding" }).success).toBe(false);
  });
});

describe("describeRange", () => {
  it("labels relative ranges in words", () => {
    expect(describeRange(range("3h"), "UTC")).toBe("Last 3 hours");
    expect(describeRange(range("P1DT12H"), "UTC")).toBe("Last 1 day 12 hours");
    expect(describeRange(range("1w"), "UTC")).toBe("Last 1 week");
  });

  it("labels absolute ranges in the chosen zone", () => {
    const sameDay = {
      type: "absolute",
      start: Date.UTC(2024, 4, 1, 9),
      end: Date.UTC(2024, 4, 1, 17, 30),
    } as const;
    expect(describeRange(sameDay, "UTC")).toBe("2024-05-01 09:00 → 17:30 UTC");
    expect(describeRange(sameDay, "Asia/Tokyo")).toBe("2024-05-01 18:00 → 2024-05-02 02:30");
  });
});

describe("parseInstant", () => {
  it("accepts epoch ms and zoned ISO, rejects the rest", () => {
    expect(parseInstant("0")).toEqual({ ok: true, value: 0 });
    expect(parseInstant("2024-01-01T00:00Z")).toEqual({ ok: true, value: Date.UTC(2024, 0, 1) });
    expect(parseInstant("2024-13-01T00:00:00Z").ok).toBe(false);
    expect(parseInstant("soon").ok).toBe(false);
  });
});
