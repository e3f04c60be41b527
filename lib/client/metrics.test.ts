import { describe, expect, it } from "vitest";
import { refreshPausedReason } from "./metrics";

describe("refreshPausedReason (issue 9 item 4)", () => {
  const now = Date.UTC(2024, 4, 1, 12);
  it("pauses for an absolute range entirely in the past", () => {
    const past = { type: "absolute", start: now - 86_400_000, end: now - 3_600_000 } as const;
    expect(refreshPausedReason(past, "10s", now)).toMatch(/paused: the range is entirely in the past/);
  });

  it("keeps refreshing relative ranges, ranges still filling, and says nothing when refresh is off", () => {
    expect(refreshPausedReason({ type: "relative", duration: "PT1H" }, "10s", now)).toBeUndefined();
    const recent = { type: "absolute", start: now - 3_600_000, end: now - 60_000 } as const;
    expect(refreshPausedReason(recent, "10s", now)).toBeUndefined();
    const past = { type: "absolute", start: now - 86_400_000, end: now - 3_600_000 } as const;
    expect(refreshPausedReason(past, "off", now)).toBeUndefined();
  });
});
