import { describe, expect, it } from "vitest";
import { fetchPanels } from "./fetch-panels";
import type { MetricDataSource, PanelQuery, PanelRequest, Scope, WireQuery, WireResult } from "./types";
import { UnitStore } from "./fetch-unit-store";

// A fake CloudWatch that records every call and answers MetricStat queries with a ramp whose values encode
// the account, so tests can tell where each series came from. Expressions other than plain ids are not
// evaluated here (CloudWatch would); the simulator integration test covers them.
function recordingSource(options: { failScopes?: string[]; delayMs?: number } = {}) {
  const calls: Array<{ scope: Scope; start: number; end: number; queries: WireQuery[] }> = [];
  const source: MetricDataSource = async (scope, request) => {
    calls.push({ scope, ...request });
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.failScopes?.includes(`${scope.accountId}/${scope.region}`)) {
      throw Object.assign(new Error("Rate exceeded"), {
        name: "Throttling",
        $metadata: { httpStatusCode: 400 },
      });
    }
    const base = Number(scope.accountId.slice(0, 1));
    return request.queries
      .filter((q) => q.ReturnData)
      .map((q): WireResult => {
        const period = q.MetricStat?.Period ?? 60;
        const timestamps: number[] = [];
        for (let t = request.start; t < request.end; t += period) timestamps.push(t);
        return {
          Id: q.Id,
          Label: q.Label ?? q.Id,
          Timestamps: timestamps,
          Values: timestamps.map(() => base),
          StatusCode: "Complete",
          Messages: [],
        };
      });
  };
  return { source, calls };
}

const metric = (id: string, extra: Partial<PanelQuery> = {}): PanelQuery =>
  ({
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [{ name: "InstanceId", value: `i-${id}` }],
    stat: "Average",
    visible: true,
    ...extra,
  }) as PanelQuery;

function panel(key: string, queries: PanelQuery[], extra: Partial<PanelRequest> = {}): PanelRequest {
  return { key, accountId: "111111111111", region: "us-east-1", period: 60, queries, ...extra };
}

const NOW = Date.UTC(2026, 10, 22, 12, 0, 30);
const range = { start: NOW - 3 * 3600_000, end: NOW };

describe("fetchPanels", () => {
  it("batches every widget's queries into ceil(n / 500) calls per account/Region/period", async () => {
    const { source, calls } = recordingSource();
    const panels = Array.from({ length: 20 }, (_, w) =>
      panel(
        `w${w}`,
        Array.from({ length: 60 }, (_, m) => metric(`m${w}x${m}`)),
      ),
    );
    const results = await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(calls).toHaveLength(Math.ceil(1200 / 500));
    expect(calls.every((c) => c.queries.length <= 500)).toBe(true);
    expect(results.every((r) => r.series.length === 60 && r.errors.length === 0)).toBe(true);
  });

  it("sends identical queries of different widgets once", async () => {
    const { source, calls } = recordingSource();
    const panels = [panel("a", [metric("m1")]), panel("b", [metric("m1")])];
    const [a, b] = await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.queries).toHaveLength(1);
    expect(a?.series[0]?.values).toEqual(b?.series[0]?.values);
  });

  it("coalesces concurrent viewers onto one call and serves refreshes from the cache", async () => {
    const { source, calls } = recordingSource({ delayMs: 20 });
    const store = new UnitStore(() => NOW);
    const panels = [panel("a", [metric("m1"), metric("m2")])];
    const viewers = await Promise.all(
      Array.from({ length: 50 }, () => fetchPanels(panels, range, { source, store, now: () => NOW })),
    );
    expect(calls).toHaveLength(1);
    expect(viewers.every((v) => v[0]?.series.length === 2)).toBe(true);
    await fetchPanels(
      panels,
      { start: range.start + 5_000, end: range.end + 5_000 },
      { source, store, now: () => NOW + 5_000 },
    );
    expect(calls).toHaveLength(1);
  });

  it("splits by account, Region and period, and keeps explicit labels independent of batching", async () => {
    const { source, calls } = recordingSource();
    const panels = [
      panel("a", [metric("m1"), metric("m2", { stat: "Maximum" })]),
      panel("b", [metric("m1", { accountId: "222222222222" })]),
      panel("c", [metric("m1")], { region: "eu-west-1" }),
      panel("d", [metric("m1")], { period: 300 }),
    ];
    const [a] = await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(calls).toHaveLength(4);
    expect(a?.series.map((s) => s.label)).toEqual(["CPUUtilization Average", "CPUUtilization Maximum"]);
    expect(calls.flatMap((c) => c.queries).every((q) => typeof q.Label === "string")).toBe(true);
  });

  it("reports a failing account/Region on its widgets only", async () => {
    const { source } = recordingSource({ failScopes: ["222222222222/us-east-1"] });
    const panels = [panel("ok", [metric("m1")]), panel("bad", [metric("m1")], { accountId: "222222222222" })];
    const [ok, bad] = await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(ok?.series).toHaveLength(1);
    expect(ok?.errors).toEqual([]);
    expect(bad?.series).toEqual([]);
    expect(bad?.errors[0]).toMatchObject({
      accountId: "222222222222",
      failure: { kind: "throttled", code: "Throttling" },
    });
  });

  it("sends same-scope math to CloudWatch with its inputs, ids prefixed and METRICS() expanded", async () => {
    const { source, calls } = recordingSource();
    const panels = [
      panel("a", [
        metric("m1", { visible: false }),
        metric("m2", { visible: false }),
        { kind: "expression", id: "e1", expression: "SUM(METRICS())", visible: true, label: "total" },
      ]),
    ];
    await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(calls).toHaveLength(1);
    const queries = calls[0]?.queries ?? [];
    const expression = queries.find((q) => q.Expression);
    const ids = queries.filter((q) => q.MetricStat).map((q) => q.Id);
    expect(expression?.Expression).toBe(`SUM([${ids.join(", ")}])`);
    expect(queries.filter((q) => q.MetricStat).every((q) => q.ReturnData === false)).toBe(true);
  });

  it("evaluates math across accounts and Regions on the server", async () => {
    const { source, calls } = recordingSource();
    const panels = [
      panel("x", [
        metric("prod", { visible: false }),
        metric("stage", { visible: false, accountId: "222222222222", region: "eu-west-1" }),
        { kind: "expression", id: "both", expression: "prod + stage", visible: true, label: "sum" },
      ]),
    ];
    const [x] = await fetchPanels(panels, range, { source, store: new UnitStore(), now: () => NOW });
    expect(calls).toHaveLength(2);
    expect(calls.flatMap((c) => c.queries).some((q) => q.Expression)).toBe(false);
    expect(x?.errors).toEqual([]);
    expect(x?.series).toHaveLength(1);
    expect(x?.series[0]?.label).toBe("sum");
    expect(new Set(x?.series[0]?.values)).toEqual(new Set([1 + 2]));
  });
});
