import { describe, expect, it } from "vitest";
import { validateDocument } from "@/lib/dashboards/model";
import { demoDashboards } from "./dashboards";

describe("demo dashboards", () => {
  it("are valid documents with widgets", () => {
    const demos = demoDashboards();
    expect(demos.map((d) => d.metadata.name)).toEqual([
      "Production fleet overview",
      "Checkout service",
      "Global orders — accounts × Regions",
    ]);
    for (const demo of demos) {
      const result = validateDocument(demo.document);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(demo.document.widgets.length).toBeGreaterThan(3);
    }
  });

  it("reference real inventory ids, never empty dimension values", () => {
    for (const demo of demoDashboards()) {
      for (const widget of demo.document.widgets) {
        if (!("metrics" in widget)) continue;
        for (const query of widget.metrics) {
          if (query.kind === "metric") expect(query.dimensions.every((d) => d.value.length > 0)).toBe(true);
        }
      }
    }
  });
});
