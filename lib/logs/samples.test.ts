import { describe, expect, it } from "vitest";
import { validateQuery } from "@/lib/logs-insights";
import { sampleQueries } from "./samples";

describe("sample queries", () => {
  it("all parse with the shared engine", () => {
    for (const sample of sampleQueries("111111111111", "us-east-1")) {
      const checked = validateQuery(sample.query);
      expect(checked.ok, `${sample.name}: ${checked.ok ? "" : checked.error.message}`).toBe(true);
    }
  });
});
