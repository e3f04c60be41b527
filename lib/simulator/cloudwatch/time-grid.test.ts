import { describe, expect, it } from "vitest";
import {
  availableResolution,
  bucketCount,
  isValidPeriod,
  retentionCuts,
  roundStart,
  tierSegments,
} from "./time-grid";

const T = (iso: string): number => Date.parse(iso) / 1000;
const NOW = T("2026-03-04T12:40:00Z");
const DAY = 86400;

describe("roundStart", () => {
  it("rounds recent starts down to the minute", () => {
    expect(roundStart(T("2026-03-04T12:32:34Z"), 60, NOW)).toBe(T("2026-03-04T12:32:00Z"));
    expect(roundStart(T("2026-02-20T12:32:34Z"), 300, NOW)).toBe(T("2026-02-20T12:32:00Z"));
  });

  it("rounds starts 15–63 days old down to five minutes and older ones to the hour", () => {
    expect(roundStart(T("2026-02-10T12:32:34Z"), 60, NOW)).toBe(T("2026-02-10T12:30:00Z"));
    expect(roundStart(T("2025-12-01T12:32:34Z"), 60, NOW)).toBe(T("2025-12-01T12:00:00Z"));
  });

  it("aligns sub-minute periods to divisions of the minute inside the high-resolution window", () => {
    expect(roundStart(T("2026-03-04T12:05:23Z"), 10, NOW)).toBe(T("2026-03-04T12:05:20Z"));
    expect(roundStart(T("2026-03-04T12:02:17Z"), 5, NOW)).toBe(T("2026-03-04T12:02:15Z"));
    expect(roundStart(T("2026-03-04T12:02:17.9Z"), 1, NOW)).toBe(T("2026-03-04T12:02:17Z"));
    expect(roundStart(T("2026-03-04T08:02:17Z"), 10, NOW)).toBe(T("2026-03-04T08:02:00Z"));
  });
});

describe("periods and buckets", () => {
  it("accepts 1, 5, 10, 20, 30 and multiples of 60", () => {
    for (const p of [1, 5, 10, 20, 30, 60, 120, 300, 86400]) expect(isValidPeriod(p)).toBe(true);
    for (const p of [0, 2, 15, 45, 90, 61, 1.5]) expect(isValidPeriod(p)).toBe(false);
  });

  it("counts buckets that start before the exclusive end", () => {
    expect(bucketCount(0, 600, 60)).toBe(10);
    expect(bucketCount(0, 601, 60)).toBe(11);
    expect(bucketCount(0, 0, 60)).toBe(0);
  });
});

describe("retention tiers", () => {
  const cuts = retentionCuts(NOW);

  it("places the tier boundaries at 3 h, 15 d, 63 d and 455 d, aligned to the coarser resolution", () => {
    expect(cuts.highResolution).toBe(NOW - 3 * 3600);
    expect(NOW - 15 * DAY - cuts.oneMinute).toBeGreaterThanOrEqual(0);
    expect(NOW - 15 * DAY - cuts.oneMinute).toBeLessThan(300);
    expect(cuts.oneMinute % 300).toBe(0);
    expect(cuts.fiveMinutes % 3600).toBe(0);
    expect(cuts.oneHour % 3600).toBe(0);
    expect(NOW - 455 * DAY - cuts.oneHour).toBeLessThan(3600);
  });

  it("serves data at the resolution its age allows", () => {
    expect(availableResolution(NOW - 60, 1, cuts)).toBe(1);
    expect(availableResolution(NOW - 4 * 3600, 1, cuts)).toBe(60);
    expect(availableResolution(NOW - 4 * 3600, 60, cuts)).toBe(60);
    expect(availableResolution(NOW - 20 * DAY, 60, cuts)).toBe(300);
    expect(availableResolution(NOW - 100 * DAY, 60, cuts)).toBe(3600);
    expect(availableResolution(NOW - 500 * DAY, 60, cuts)).toBe(0);
    expect(availableResolution(NOW - 100 * DAY, 86400, cuts)).toBe(86400);
  });

  it("splits a long range into contiguous segments, oldest first", () => {
    const segments = tierSegments(NOW - 600 * DAY, NOW, 1, cuts);
    expect(segments.map((s) => s.resolution)).toEqual([3600, 300, 60, 1]);
    expect(segments[0]?.from).toBe(cuts.oneHour);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.from).toBe(segments[i - 1]?.to);
    expect(tierSegments(NOW - 3600, NOW, 60, cuts)).toEqual([{ from: NOW - 3600, to: NOW, resolution: 60 }]);
  });
});
