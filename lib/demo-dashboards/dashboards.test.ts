import { describe, expect, it } from "vitest";
import { validateDocument } from "@/lib/dashboards/model";
import { PRODUCTION_ACCOUNT_ID, STAGING_ACCOUNT_ID } from "@/lib/simulator/accounts";
import { regionInventory } from "@/lib/simulator/demo";
import { demoDashboards as build } from "./dashboards";

const demoDashboards = () =>
  build({
    productionAccountId: PRODUCTION_ACCOUNT_ID,
    stagingAccountId: STAGING_ACCOUNT_ID,
    inventory: regionInventory,
  });

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
