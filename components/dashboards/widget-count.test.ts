import { describe, expect, it } from "vitest";
import { widgetCountText } from "./widget-count";

describe("widgetCountText", () => {
  it("uses the singular for one widget only", () => {
    expect(widgetCountText(0)).toBe("0 widgets");
    expect(widgetCountText(1)).toBe("1 widget");
    expect(widgetCountText(2)).toBe("2 widgets");
    expect(widgetCountText(1200)).toBe("1,200 widgets");
  });
});
