import { describe, expect, it } from "vitest";
import {
  chooseTickStep,
  formatPointTime,
  formatTimeTick,
  maxTicksForWidth,
  timeAxisTicks,
} from "./time-axis";

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe("chooseTickStep", () => {
  it("takes the smallest round step that fits", () => {
    expect(chooseTickStep(3 * HOUR, 6)).toEqual({ kind: "clock", ms: 30 * MINUTE });
    expect(chooseTickStep(HOUR, 6)).toEqual({ kind: "clock", ms: 10 * MINUTE });
    expect(chooseTickStep(HOUR, 4)).toEqual({ kind: "clock", ms: 15 * MINUTE });
    expect(chooseTickStep(7 * 24 * HOUR, 8)).toEqual({ kind: "day", days: 1 });
    expect(chooseTickStep(90 * 24 * HOUR, 6)).toEqual({ kind: "month", months: 1 });
  });
});

describe("maxTicksForWidth", () => {
  it("allows one tick per ~90 px, at least two", () => {
    expect(maxTicksForWidth(900)).toBe(10);
    expect(maxTicksForWidth(50)).toBe(2);
  });
});

describe("timeAxisTicks", () => {
  it("aligns to round UTC times", () => {
    const start = Date.UTC(2024, 4, 1, 9, 7);
    const { ticks } = timeAxisTicks(start, start + 3 * HOUR, "UTC", 6);
    expect(ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      "09:30",
      "10:00",
      "10:30",
      "11:00",
      "11:30",
      "12:00",
    ]);
  });

  it("aligns to the zone's wall clock for half-hour offsets", () => {
    const start = Date.UTC(2024, 4, 1, 0, 0);
    const { ticks } = timeAxisTicks(start, start + 6 * HOUR, "Asia/Kolkata", 6);
    for (const t of ticks)
      expect(formatTimeTick(t, { kind: "clock", ms: HOUR }, "Asia/Kolkata")).toMatch(/:00$/);
    expect(ticks[0]).toBe(Date.UTC(2024, 4, 1, 0, 30));
  });

  it("places day ticks at local midnight across a DST change", () => {
    const start = Date.UTC(2024, 2, 8, 12);
    const { ticks, step } = timeAxisTicks(start, start + 4 * 24 * HOUR, "America/New_York", 6);
    expect(step).toEqual({ kind: "day", days: 1 });
    expect(ticks.map((t) => new Date(t).toISOString())).toEqual([
      "2024-03-09T05:00:00.000Z",
      "2024-03-10T05:00:00.000Z",
      "2024-03-11T04:00:00.000Z",
      "2024-03-12T04:00:00.000Z",
    ]);
  });

  it("places month ticks on the first of the month", () => {
    const start = Date.UTC(2024, 0, 15);
    const { ticks } = timeAxisTicks(start, Date.UTC(2024, 5, 15), "UTC", 6);
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2024-02-01",
      "2024-03-01",
      "2024-04-01",
      "2024-05-01",
      "2024-06-01",
    ]);
  });

  it("returns nothing for an empty range", () => {
    expect(timeAxisTicks(10, 10, "UTC", 5).ticks).toEqual([]);
  });
});

describe("formatTimeTick", () => {
  it("shows times within a day, the date at midnight, and dates or months for long steps", () => {
    const t = Date.UTC(2024, 2, 10, 14, 30);
    expect(formatTimeTick(t, { kind: "clock", ms: 30 * MINUTE }, "UTC")).toBe("14:30");
    expect(formatTimeTick(Date.UTC(2024, 2, 10), { kind: "clock", ms: 6 * HOUR }, "UTC")).toBe("03-10");
    expect(formatTimeTick(t, { kind: "day", days: 1 }, "UTC")).toBe("03-10");
    expect(formatTimeTick(t, { kind: "month", months: 1 }, "UTC")).toBe("2024-03");
    expect(formatTimeTick(t, { kind: "clock", ms: 30 * MINUTE }, "Asia/Tokyo")).toBe("23:30");
  });

  it("shows seconds for sub-minute steps", () => {
    expect(formatTimeTick(Date.UTC(2024, 0, 1, 1, 2, 3), { kind: "clock", ms: 30_000 }, "UTC")).toBe(
      "01:02:03",
    );
  });
});

describe("formatPointTime", () => {
  it("writes the date and time in the zone", () => {
    expect(formatPointTime(Date.UTC(2024, 0, 1, 1, 2, 3), "UTC")).toBe("2024-01-01 01:02");
    expect(formatPointTime(Date.UTC(2024, 0, 1, 1, 2, 3), "UTC", 10)).toBe("2024-01-01 01:02:03");
  });
});
