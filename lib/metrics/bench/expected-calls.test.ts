import { describe, expect, it } from "vitest";
import type { PanelQuery, PanelRequest } from "@/lib/metrics/types";
import { benchWidgets } from "./bench-dashboard";
import { callGroups, plannedCalls, scopeMismatches, sumOf, totalsByScope } from "./expected-calls";
import { viewPanels } from "./view-panels";

type Overrides = Partial<Pick<PanelQuery, "period" | "accountId" | "region">>;

function metric(id: string, extra: Overrides = {}): PanelQuery {
  return {
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [{ name: "InstanceId", value: id }],
    stat: "Average",
    visible: true,
    ...extra,
  };
}

function panel(key: string, queries: PanelQuery[], period = 60): PanelRequest {
  return { key, accountId: "111111111111", region: "us-east-1", period, queries };
}

describe("callGroups", () => {
  it("groups queries by account, Region and period, with query overrides", () => {
    const groups = callGroups([
      panel("a", [metric("m1"), metric("m2", { period: 300 }), metric("m3", { region: "eu-west-1" })]),
      panel("b", [metric("m1", { accountId: "222222222222" }), metric("m2")]),
    ]);
    const summary = groups
      .map((g) => `${g.accountId}/${g.region}/${g.period}:${g.queries}/${g.calls}`)
      .sort();
    expect(summary).toEqual([
      "111111111111/eu-west-1/60:1/1",
      "111111111111/us-east-1/300:1/1",
      "111111111111/us-east-1/60:2/1",
      "222222222222/us-east-1/60:1/1",
    ]);
  });

  it("needs ceil(queries / 500) calls per group", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => metric(`m${i}`));
    expect(callGroups([panel("a", many(500))])[0]?.calls).toBe(1);
    expect(callGroups([panel("a", many(501))])[0]?.calls).toBe(2);
    expect(callGroups([panel("a", many(600)), panel("b", many(600))])[0]?.calls).toBe(3);
  });

  it("totals per account and Region", () => {
    const totals = totalsByScope([
      { accountId: "1", region: "r", calls: 1, queries: 10 },
      { accountId: "1", region: "r", calls: 2, queries: 700 },
      { accountId: "2", region: "r", calls: 1, queries: 3 },
    ]);
    expect(totals).toEqual([
      { accountId: "1", region: "r", calls: 3, queries: 710 },
      { accountId: "2", region: "r", calls: 1, queries: 3 },
    ]);
  });
});

describe("the pipeline's plan for the benchmark dashboard", () => {
  it("meets the target: one call per (account, Region, period) group, every query once", () => {
    const widgets = benchWidgets();
    const now = Date.UTC(2026, 0, 15, 12);
    const range = { start: now - 4 * 3_600_000, end: now - 3_600_000 };
    const panels = viewPanels(widgets, range, now, {});
    const groups = callGroups(panels);
    const calls = plannedCalls(panels, { ...range, now });
    expect(groups).toHaveLength(8);
    expect(calls).toHaveLength(sumOf(groups, (g) => g.calls));
    expect(sumOf(calls, (c) => c.queryCount)).toBe(sumOf(groups, (g) => g.queries));
  });
});

describe("scopeMismatches", () => {
  const target = [
    { accountId: "1", region: "r", calls: 2, queries: 27 },
    { accountId: "2", region: "r", calls: 2, queries: 26 },
  ];

  it("is empty when every account and Region is on target", () => {
    expect(scopeMismatches(target, [...target].reverse())).toEqual([]);
  });

  it("names pairs that are off, missing or unexpected", () => {
    const wrong = scopeMismatches(target, [
      { accountId: "1", region: "r", calls: 3, queries: 27 },
      { accountId: "3", region: "r", calls: 1, queries: 1 },
    ]);
    expect(wrong).toEqual([
      "1/r 3 calls 27 queries (target 2/27)",
      "2/r nothing (target 2/26)",
      "3/r 1 calls 1 queries (target none)",
    ]);
  });
});
