import { describe, expect, it } from "vitest";
import { connectionSummary } from "./connection-summary";

describe("connectionSummary", () => {
  it("tells all failed from some failed", () => {
    expect(connectionSummary([{ ok: false }, { ok: false }, { ok: false }])).toBe("All 3 Regions failed");
    expect(connectionSummary([{ ok: true }, { ok: false }, { ok: false }])).toBe("2 of 3 Regions failed");
    expect(connectionSummary([{ ok: true }, { ok: true }])).toBe("All 2 Regions reachable");
    expect(connectionSummary([{ ok: false }])).toBe("The Region failed");
    expect(connectionSummary([])).toBe("No Region was tested");
  });
});
