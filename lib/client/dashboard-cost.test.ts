import { describe, expect, it } from "vitest";
import { formatBytes, formatUsd } from "./dashboard-cost";

describe("cost formatting", () => {
  it("writes bytes in decimal units, as Logs Insights bills them", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1_500_000_000)).toBe("1.5 GB");
    expect(formatBytes(150e9)).toBe("150 GB");
  });

  it("writes dollars, with tiny amounts as < $0.01", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(0.004)).toBe("< $0.01");
    expect(formatUsd(1234.5)).toBe("$1,234.50");
  });
});
