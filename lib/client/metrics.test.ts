import { describe, expect, it } from "vitest";
import { benchWidgets } from "@/lib/metrics/bench/bench-dashboard";
import { MAX_WIDGETS_PER_CALL, scopeGroups } from "./metrics";

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
    expect(groups.map((g) => g.length)).toEqual([MAX_WIDGETS_PER_CALL, MAX_WIDGETS_PER_CALL, 50]);
  });
});
