import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it("replaces ids and version numbers so each route is one series", () => {
    expect(routeLabel("/api/dashboards/3f2b8c1e-1d2a-4f6b-9a0e-2c4d6e8f0a1b/versions/12/restore")).toBe(
      "/api/dashboards/:id/versions/:id/restore",
    );
    expect(routeLabel("/api/metrics/query")).toBe("/api/metrics/query");
  });
});
