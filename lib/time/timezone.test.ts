import { describe, expect, it } from "vitest";
import {
  describeTimeZone,
  formatDateTime,
  formatOffset,
  formatTime,
  getWallClock,
  isValidTimeZone,
  timeZoneSettingSchema,
  wallClockToEpoch,
  zoneOffsetMinutes,
} from "./timezone";

const NY = "America/New_York";

describe("zone validation", () => {
  it("accepts local, UTC and IANA names only", () => {
    expect(isValidTimeZone("local")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone(" UTC")).toBe(false);
    expect(timeZoneSettingSchema.safeParse("Asia/Kolkata").success).toBe(true);
    expect(timeZoneSettingSchema.safeParse("Nowhere").success).toBe(false);
  });
});

describe("DST-safe formatting", () => {
  it("crosses New York's spring-forward gap without repeating or skipping", () => {
    const lastEst = Date.UTC(2024, 2, 10, 6, 59, 59);
    const firstEdt = Date.UTC(2024, 2, 10, 7, 0, 0);
    expect(formatDateTime(lastEst, NY, { seconds: true, offset: true })).toBe("2024-03-10 01:59:59 -05:00");
    expect(formatDateTime(firstEdt, NY, { seconds: true, offset: true })).toBe("2024-03-10 03:00:00 -04:00");
    expect(zoneOffsetMinutes(lastEst, NY)).toBe(-300);
    expect(zoneOffsetMinutes(firstEdt, NY)).toBe(-240);
  });

  it("shows the repeated hour twice in the fall with different offsets", () => {
    const first = Date.UTC(2024, 10, 3, 5, 30);
    const second = Date.UTC(2024, 10, 3, 6, 30);
    expect(formatTime(first, NY)).toBe("01:30");
    expect(formatTime(second, NY)).toBe("01:30");
    expect(formatDateTime(first, NY, { offset: true })).toBe("2024-11-03 01:30 -04:00");
    expect(formatDateTime(second, NY, { offset: true })).toBe("2024-11-03 01:30 -05:00");
  });

  it("handles half-hour zones and half-hour DST (Lord Howe)", () => {
    expect(formatOffset(zoneOffsetMinutes(Date.UTC(2024, 0, 1), "Asia/Kolkata"))).toBe("+05:30");
    expect(zoneOffsetMinutes(Date.UTC(2024, 0, 15), "Australia/Lord_Howe")).toBe(660);
    expect(zoneOffsetMinutes(Date.UTC(2024, 6, 15), "Australia/Lord_Howe")).toBe(630);
  });

  it("formats UTC with milliseconds and midnight as 00", () => {
    const t = Date.UTC(2024, 0, 2, 0, 0, 5, 42);
    expect(formatDateTime(t, "UTC", { milliseconds: true })).toBe("2024-01-02 00:00:05.042");
    expect(getWallClock(t, "UTC")).toEqual({
      year: 2024,
      month: 1,
      day: 2,
      hour: 0,
      minute: 0,
      second: 5,
      millisecond: 42,
    });
  });

  it("formats in the runtime zone for local", () => {
    const t = Date.UTC(2024, 5, 1, 12);
    const d = new Date(t);
    const expected = `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
    expect(formatTime(t, "local")).toBe(expected);
  });
});

describe("wallClockToEpoch", () => {
  it("inverts getWallClock on ordinary times", () => {
    for (const tz of ["UTC", NY, "Europe/London", "Asia/Kolkata", "Pacific/Chatham"]) {
      for (const t of [Date.UTC(2024, 0, 15, 10, 20, 30), Date.UTC(2024, 6, 15, 23, 59, 59)]) {
        expect(wallClockToEpoch(getWallClock(t, tz), tz), tz).toBe(t);
      }
    }
  });

  it("moves a skipped wall time forward by the DST jump", () => {
    const t = wallClockToEpoch({ year: 2024, month: 3, day: 10, hour: 2, minute: 30, second: 0 }, NY);
    expect(t).toBe(Date.UTC(2024, 2, 10, 7, 30));
    expect(formatTime(t, NY)).toBe("03:30");
  });

  it("resolves a repeated wall time to the earlier instant", () => {
    const t = wallClockToEpoch({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0 }, NY);
    expect(t).toBe(Date.UTC(2024, 10, 3, 5, 30));
  });
});

describe("describeTimeZone", () => {
  it("names zones with their offset at that instant", () => {
    expect(describeTimeZone("UTC", 0)).toBe("UTC");
    expect(describeTimeZone(NY, Date.UTC(2024, 6, 1))).toBe("America/New_York (-04:00)");
    expect(describeTimeZone("local", 0)).toMatch(/^Local \(.+, [+-]\d\d:\d\d\)$/);
    expect(formatOffset(-90)).toBe("-01:30");
  });
});
