import { describe, expect, it } from "vitest";
import { refreshPausedReason } from "./metrics";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { MAX_WIDGETS_PER_REQUEST } from "@/lib/contracts/metrics-query";
import { scopeGroups } from "./metrics";

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

describe("scopeGroups", () => {
  it("puts widgets of one account and Region together and keeps every widget exactly once", () => {
    const widgets = benchWidgets();
    const groups = scopeGroups(widgets);
    const scopes = new Set(widgets.map((w) => `${w.accountId}|${w.region}`));
    expect(groups).toHaveLength(scopes.size);
    const scopeOf = (w: (typeof groups)[number][number]) =>
      "metrics" in w ? `${w.accountId}|${w.region}` : "";
    for (const group of groups) expect(new Set(group.map(scopeOf)).size).toBe(1);
    expect(
      groups
        .flat()
        .map((w) => w.id)
        .sort(),
    ).toEqual(widgets.map((w) => w.id).sort());
  });

  it("splits a large group into requests the server accepts", () => {
    const template = benchWidgets()[0];
    if (!template) throw new Error("no widget");
    const many = Array.from({ length: 250 }, (_, i) => ({ ...template, id: `w${i}` }));
    const groups = scopeGroups(many);
    expect(groups.map((g) => g.length)).toEqual([MAX_WIDGETS_PER_REQUEST, MAX_WIDGETS_PER_REQUEST, 50]);
  });
});
