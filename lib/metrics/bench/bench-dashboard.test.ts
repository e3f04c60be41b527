import { describe, expect, it } from "vitest";
import { validateDocument } from "@/lib/dashboards/model";
import { demoCatalog, findDemoSeries, metricKey } from "@/lib/simulator/demo";
import { BENCH_SCOPES, benchDashboardDocument, benchWidgets, largeBenchDocument } from "./bench-dashboard";

describe("the benchmark dashboard", () => {
  const widgets = benchWidgets();
  const queries = widgets.flatMap((w) => w.metrics.map((q) => ({ widget: w, query: q })));

  it("has 20 metric widgets with 100 metric queries and a few expressions", () => {
    expect(widgets).toHaveLength(20);
    expect(queries.filter((q) => q.query.kind === "metric")).toHaveLength(100);
    const expressions = queries.filter((q) => q.query.kind === "expression").length;
    expect(expressions).toBeGreaterThanOrEqual(2);
    expect(expressions).toBeLessThanOrEqual(10);
    expect(new Set(widgets.map((w) => w.id)).size).toBe(20);
  });

  it("spreads over 2 accounts × 2 Regions and 2 periods", () => {
    expect(new Set(widgets.map((w) => w.accountId)).size).toBe(2);
    expect(new Set(widgets.map((w) => w.region)).size).toBe(2);
    expect(new Set(widgets.map((w) => `${w.accountId}|${w.region}`)).size).toBe(BENCH_SCOPES.length);
    expect(new Set(widgets.map((w) => w.period))).toEqual(new Set([60, 300]));
  });

  it("only asks for series the simulator generates", () => {
    const catalog = demoCatalog();
    for (const { widget, query } of queries) {
      if (query.kind !== "metric") continue;
      const key = metricKey(query.namespace, query.metricName, query.dimensions);
      const spec = findDemoSeries(catalog, widget.accountId ?? "", widget.region, key);
      expect(spec, `${widget.id}/${query.id}`).toBeDefined();
      expect(spec?.nativeSeconds).toBeLessThanOrEqual(60);
    }
  });

  it("keeps math inside the widget's own account and Region", () => {
    for (const widget of widgets) {
      const ids = new Set(widget.metrics.filter((q) => q.kind === "metric").map((q) => q.id));
      for (const query of widget.metrics) {
        expect(query.accountId).toBeUndefined();
        expect(query.region).toBeUndefined();
        if (query.kind !== "expression") continue;
        const refs = query.expression.match(/\bm\d+\b/g) ?? [];
        expect(refs.length).toBeGreaterThan(1);
        for (const ref of refs) expect(ids.has(ref), `${widget.id}: ${ref}`).toBe(true);
      }
    }
  });

  it("is a valid dashboard document without auto-refresh", () => {
    const document = benchDashboardDocument("Benchmark");
    const result = validateDocument(document);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(document.defaultRefresh).toBe("off");
  });

  it("grows to a valid 500-widget wall within the dashboard's 2,500 metrics", () => {
    const document = largeBenchDocument("Large", 500);
    const result = validateDocument(document);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(new Set(document.widgets.map((w) => w.id)).size).toBe(500);
    const metrics = document.widgets.reduce((n, w) => n + ("metrics" in w ? w.metrics.length : 0), 0);
    expect(metrics).toBeLessThanOrEqual(2_500);
  });
});
