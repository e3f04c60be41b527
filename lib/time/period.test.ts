import { describe, expect, it } from "vitest";
import { alignWindow } from "./align";
import { choosePeriod, MAX_POINTS_PER_SERIES } from "./period";
import { isPeriodValidForTier, retentionTier } from "./retention";

const NOW = Date.UTC(2024, 4, 1, 12, 7, 30);
const H = 3_600_000;
const D = 24 * H;

function autoPeriod(
  rangeMs: number,
  widthPx = 600,
  extra: { highResolution?: boolean; override?: number } = {},
) {
  return choosePeriod({ start: NOW - rangeMs, end: NOW, widthPx, now: NOW, ...extra });
}

describe("choosePeriod (auto)", () => {
  it.each([
    ["5m", 5 * 60_000, 60],
    ["1h", H, 60],
    ["3h", 3 * H, 60],
    ["6h", 6 * H, 300],
    ["12h", 12 * H, 300],
    ["1d", D, 300],
    ["3d", 3 * D, 900],
    ["1w", 7 * D, 3_600],
    ["2w", 14 * D, 21_600],
    ["30d", 30 * D, 21_600],
    ["90d", 90 * D, 86_400],
  ])("%s on a 600 px widget → %d s", (_label, rangeMs, expected) => {
    expect(autoPeriod(rangeMs).period).toBe(expected);
  });

  it("uses finer periods on wider widgets", () => {
    expect(autoPeriod(D, 600).period).toBe(300);
    expect(autoPeriod(D, 300).period).toBe(900);
    expect(autoPeriod(6 * H, 1_500).period).toBe(60);
  });

  it("offers sub-minute periods only for high-resolution metrics inside 3 hours", () => {
    expect(autoPeriod(5 * 60_000, 600, { highResolution: true }).period).toBe(1);
    expect(autoPeriod(15 * 60_000, 600, { highResolution: true }).period).toBe(5);
    expect(autoPeriod(15 * 60_000, 600).period).toBe(60);
    const old = choosePeriod({
      start: NOW - 4 * H,
      end: NOW - 3.75 * H,
      widthPx: 600,
      now: NOW,
      highResolution: true,
    });
    expect(old.period).toBe(60);
  });

  it("never asks for finer data than the retention tier at the range start", () => {
    const twentyDaysAgo = choosePeriod({
      start: NOW - 20 * D,
      end: NOW - 20 * D + H,
      widthPx: 1_200,
      now: NOW,
    });
    expect(twentyDaysAgo.period).toBe(300);
    expect(twentyDaysAgo.reason).toContain("5-minute");
    const hundredDaysAgo = choosePeriod({
      start: NOW - 100 * D,
      end: NOW - 100 * D + H,
      widthPx: 1_200,
      now: NOW,
    });
    expect(hundredDaysAgo.period).toBe(3_600);
    expect(hundredDaysAgo.reason).toContain("1-hour");
  });

  it("keeps every combination within the tier and the point cap", () => {
    const ranges = [60_000, 7 * 60_000, 2 * H, 13 * H, 2 * D, 9 * D, 40 * D, 200 * D, 455 * D];
    const ages = [0, 2 * H, 5 * D, 20 * D, 70 * D];
    for (const rangeMs of ranges) {
      for (const age of ages) {
        for (const widthPx of [50, 400, 1_920, 50_000]) {
          for (const highResolution of [false, true]) {
            const end = NOW - age;
            const start = end - rangeMs;
            const choice = choosePeriod({ start, end, widthPx, now: NOW, highResolution });
            const tier = retentionTier((NOW - start) / 1000, highResolution);
            expect(isPeriodValidForTier(choice.period, tier)).toBe(true);
            const aligned = alignWindow({ start, end, period: choice.period, now: NOW });
            expect(aligned.points).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
          }
        }
      }
    }
  });

  it("falls back to a default width when the widget has not been measured", () => {
    expect(autoPeriod(D, 0).period).toBe(autoPeriod(D, 600).period);
    expect(autoPeriod(D, Number.NaN).period).toBe(300);
  });
});

describe("choosePeriod (override)", () => {
  it("obeys a valid override", () => {
    const choice = autoPeriod(3 * H, 600, { override: 300 });
    expect(choice).toMatchObject({ period: 300, reason: "override 300s", points: 37 });
  });

  it("raises an override finer than the data that exists", () => {
    expect(autoPeriod(3 * H, 600, { override: 1 }).period).toBe(60);
    expect(autoPeriod(15 * 60_000, 600, { override: 1, highResolution: true }).period).toBe(1);
    // 3 h at 1 s would be 10,801 points: the cap lifts it to the next sub-minute period.
    expect(autoPeriod(3 * H, 600, { override: 1, highResolution: true }).period).toBe(10);
    const old = choosePeriod({
      start: NOW - 30 * D,
      end: NOW - 29 * D,
      widthPx: 600,
      now: NOW,
      override: 60,
    });
    expect(old.period).toBe(300);
    expect(old.reason).toContain("raised to 300s");
  });

  it("raises an override that would exceed the point cap", () => {
    const choice = autoPeriod(90 * D, 600, { override: 3_600 });
    expect(choice.period).toBe(7_200);
    expect(choice.points).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
    expect(choice.reason).toContain("1440 points");
  });

  it("ignores an override that is not a positive whole number", () => {
    expect(autoPeriod(3 * H, 600, { override: 0 }).reason).toMatch(/^auto/);
    expect(autoPeriod(3 * H, 600, { override: 2.5 }).reason).toMatch(/^auto/);
  });
});
