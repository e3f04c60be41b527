import { describe, expect, it } from "vitest";
import { alignWindow } from "./align";

const MIN = 60_000;
const H = 60 * MIN;
const at = (h: number, m: number, s = 0) => Date.UTC(2024, 4, 1, h, m, s);

describe("alignWindow", () => {
  it("rounds a live window out to whole periods and keeps the partial newest bucket", () => {
    const now = at(10, 7, 30);
    const w = alignWindow({ start: now - 3 * H, end: now, period: 60, now });
    expect(w.end).toBe(at(10, 8));
    expect(w.start).toBe(at(7, 7));
    expect(w.start).toBeLessThanOrEqual(now - 3 * H);
    expect(w.points).toBe(181);
    expect(w.partialLastBucket).toBe(true);
  });

  it("gives every refresh inside one period the same window (cache key)", () => {
    const windows = [at(10, 7, 0) + 1, at(10, 7, 30), at(10, 7, 59)].map((now) =>
      alignWindow({ start: now - 3 * H, end: now, period: 60, now }),
    );
    expect(windows[1]).toEqual(windows[0]);
    expect(windows[2]).toEqual(windows[0]);
    const next = alignWindow({
      start: at(10, 8, 1) - 3 * H,
      end: at(10, 8, 1),
      period: 60,
      now: at(10, 8, 1),
    });
    expect(next.end).toBe(at(10, 9));
  });

  it("keeps covering the whole range when the duration is not a multiple of the period", () => {
    for (const second of [1, 17, 59]) {
      const now = at(10, 7, second);
      const w = alignWindow({ start: now - 90 * 1000, end: now, period: 60, now });
      expect(w.start).toBeLessThanOrEqual(now - 90 * 1000);
      expect(w.end).toBeGreaterThanOrEqual(now);
    }
  });

  it("drops the incomplete bucket when asked (live data off)", () => {
    const now = at(10, 7, 30);
    const w = alignWindow({ start: now - H, end: now, period: 300, now, keepPartial: false });
    expect(w.end).toBe(at(10, 5));
    expect(w.partialLastBucket).toBe(false);
    expect(w.start).toBeLessThanOrEqual(now - H);
    expect((w.end - w.start) % (300 * 1000)).toBe(0);
  });

  it("snaps a past absolute range outwards without extra buckets", () => {
    const now = at(12, 0);
    const w = alignWindow({ start: at(8, 2, 10), end: at(9, 58), period: 300, now });
    expect(w).toEqual({
      start: at(8, 0),
      end: at(10, 0),
      period: 300,
      points: 24,
      partialLastBucket: false,
      incompleteFrom: at(10, 0),
    });
  });

  it("never returns an empty window", () => {
    const now = at(12, 0);
    const w = alignWindow({ start: at(9, 0), end: at(9, 0), period: 60, now });
    expect(w.end - w.start).toBe(MIN);
  });

  describe("CloudWatch's ingestion delay (issue 9 item 3)", () => {
    const delay = 3 * 60_000;
    it("without live data ends at the last bucket that is complete some minutes after its end", () => {
      const now = at(10, 1, 30);
      const w = alignWindow({
        start: now - H,
        end: now,
        period: 60,
        now,
        keepPartial: false,
        ingestionDelayMs: delay,
      });
      // 09:58 ends 09:59, which is less than 3 minutes before 10:01:30; 09:57 ends 09:58 and is complete.
      expect(w.end).toBe(at(9, 58));
      expect(w.partialLastBucket).toBe(false);
      expect(w.incompleteFrom).toBe(w.end);
    });

    it("with live data keeps the filling buckets and says where they start", () => {
      const now = at(10, 1, 30);
      const w = alignWindow({ start: now - H, end: now, period: 60, now, ingestionDelayMs: delay });
      expect(w.end).toBe(at(10, 2));
      expect(w.partialLastBucket).toBe(true);
      expect(w.incompleteFrom).toBe(at(9, 58));
    });

    it("treats a past range ending a minute ago as still filling", () => {
      const now = at(10, 0);
      const w = alignWindow({
        start: at(9, 0),
        end: at(9, 59),
        period: 300,
        now,
        keepPartial: false,
        ingestionDelayMs: delay,
      });
      expect(w.end).toBe(at(9, 55));
    });
  });
});
