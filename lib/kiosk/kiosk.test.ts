import { describe, expect, it } from "vitest";
import { validateDocument } from "@/lib/dashboards/model";
import { msUntilLocalHour, reconnectDelay } from "./backoff";
import { RECONNECT_MAX_MS } from "./constants";
import { isDimmed, parseKioskParams, withoutKiosk } from "./kiosk-params";
import { autoScale, fitRowHeight } from "./layout-fit";
import { keepLastGood, staleLevel, type PanelLike } from "./staleness";

describe("kiosk URL parameters", () => {
  it("reads kiosk, scale, burn-in, dimming and test hooks", () => {
    expect(parseKioskParams(new URLSearchParams("kiosk"))).toEqual({ kiosk: true, burnIn: false });
    expect(parseKioskParams(new URLSearchParams("kiosk=0")).kiosk).toBe(false);
    expect(parseKioskParams(new URLSearchParams("from=now-3h")).kiosk).toBe(false);
    const all = parseKioskParams(new URLSearchParams("kiosk=1&scale=9&burnin=1&dim=22-6&refreshMs=50"));
    expect(all).toEqual({ kiosk: true, scale: 4, burnIn: true, dim: { from: 22, to: 6 }, refreshMs: 50 });
    expect(parseKioskParams(new URLSearchParams("scale=abc")).scale).toBeUndefined();
    expect(parseKioskParams(new URLSearchParams("dim=25-3")).dim).toBeUndefined();
  });

  it("exits kiosk mode keeping the rest of the view", () => {
    expect(withoutKiosk("?kiosk&from=now-1h&refresh=1m")).toBe("?from=now-1h&refresh=1m");
    expect(withoutKiosk("?kiosk=1")).toBe("");
  });

  it("dims across midnight", () => {
    const dim = { from: 22, to: 6 };
    expect([21, 22, 23, 0, 5, 6].map((h) => isDimmed(dim, h))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(isDimmed({ from: 1, to: 3 }, 2)).toBe(true);
    expect(isDimmed(undefined, 2)).toBe(false);
  });
});

describe("fit to screen and scale", () => {
  it("scales 4K by two and leaves HD alone", () => {
    expect(autoScale(1920, 1080)).toBe(1);
    expect(autoScale(1366, 768)).toBe(1);
    expect(autoScale(3840, 2160)).toBe(2);
    expect(autoScale(2560, 1440)).toBeCloseTo(1.33);
    // An ultra-wide screen is limited by its height.
    expect(autoScale(5120, 1440)).toBeCloseTo(1.33);
  });

  it("fills the height with the rows and their gaps", () => {
    const row = fitRowHeight(1000, 12, 8);
    expect(row * 12 + 8 * 11).toBeLessThanOrEqual(1000);
    expect(row * 12 + 8 * 11).toBeGreaterThan(999);
    expect(fitRowHeight(100, 50, 8)).toBe(8);
  });
});

describe("last good data per widget", () => {
  const good = (key: string, v: number): PanelLike => ({ key, series: [{ values: [v] }], errors: [] });
  const failed = (key: string): PanelLike => ({ key, series: [], errors: ["Throttling"] });

  it("keeps the last good panel when a refresh fails for a widget, and forgets staleness once it recovers", () => {
    const first = keepLastGood(new Map(), [good("a", 1), good("b", 2)], 1000, () => "");
    const second = keepLastGood(first, [good("a", 3), failed("b")], 2000, () => "Throttling");
    expect(second.get("a")).toEqual({ panel: good("a", 3), fetchedAt: 2000 });
    expect(second.get("b")).toEqual({
      panel: good("b", 2),
      fetchedAt: 1000,
      staleSince: 1000,
      failure: "Throttling",
    });
    const third = keepLastGood(second, [good("a", 3), failed("b")], 3000, () => "Throttling");
    expect(third.get("b")?.staleSince).toBe(1000);
    const healed = keepLastGood(third, [good("a", 3), good("b", 5)], 4000, () => "");
    expect(healed.get("b")).toEqual({ panel: good("b", 5), fetchedAt: 4000 });
  });

  it("shows a failure as it is when there never was good data", () => {
    const kept = keepLastGood(new Map(), [failed("a")], 1000, () => "x");
    expect(kept.get("a")).toEqual({ panel: failed("a"), fetchedAt: 1000 });
  });

  it("turns red after five refresh intervals", () => {
    expect(staleLevel(undefined, 0, 10_000)).toBe("fresh");
    expect(staleLevel(0, 50_000, 10_000)).toBe("amber");
    expect(staleLevel(0, 50_001, 10_000)).toBe("red");
    expect(staleLevel(0, 10 ** 9, null)).toBe("amber");
  });
});

describe("reconnection and quiet hour", () => {
  it("backs off exponentially up to a ceiling", () => {
    const mid = () => 0.5;
    expect(reconnectDelay(0, mid)).toBe(1000);
    expect(reconnectDelay(3, mid)).toBe(8000);
    expect(reconnectDelay(50, mid)).toBe(RECONNECT_MAX_MS);
  });

  it("waits until the next occurrence of the hour", () => {
    const now = new Date(2026, 0, 1, 3, 30);
    expect(msUntilLocalHour(now, 4)).toBe(30 * 60_000);
    expect(msUntilLocalHour(new Date(2026, 0, 1, 4, 0), 4)).toBe(24 * 3600_000);
  });
});

describe("per-dashboard kiosk settings in the saved document", () => {
  const base = {
    schemaVersion: 2,
    defaultAccountId: "111111111111",
    defaultRegion: "us-east-1",
    defaultRange: { type: "relative", duration: "PT3H" },
    defaultRefresh: "1m",
    variables: [],
    widgets: [],
  };

  it("accepts the controls to keep and the layout, and documents without them", () => {
    expect(validateDocument(base).ok).toBe(true);
    const result = validateDocument({
      ...base,
      kiosk: { controls: ["time-range", "variables"], fit: "scroll" },
    });
    expect(result.ok && result.document.kiosk).toEqual({
      controls: ["time-range", "variables"],
      fit: "scroll",
    });
  });

  it("names the bad field", () => {
    const result = validateDocument({ ...base, kiosk: { fit: "zoom" } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([expect.stringContaining("kiosk")]);
  });
});
