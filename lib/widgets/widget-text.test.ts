import { describe, expect, it } from "vitest";
import { parseButtonLink, unsupportedMessage, unsupportedTypeName } from "./widget-text";

describe("parseButtonLink", () => {
  it("recognises CloudWatch button links", () => {
    expect(parseButtonLink("button:Runbook")).toEqual({ label: "Runbook", primary: false });
    expect(parseButtonLink("button:primary:Deploy now")).toEqual({ label: "Deploy now", primary: true });
    expect(parseButtonLink("Runbook")).toBeNull();
    expect(parseButtonLink("button:")).toBeNull();
  });
});

describe("unsupported widgets", () => {
  it("names the CloudWatch type, with the view for metric widgets", () => {
    expect(unsupportedTypeName({ type: "explorer" })).toBe("explorer");
    expect(unsupportedTypeName({ type: "metric", properties: { view: "heatmap" } })).toBe(
      'metric (view "heatmap")',
    );
    expect(unsupportedTypeName({})).toBe("unknown");
    expect(unsupportedMessage({ type: "custom" })).toBe(
      "CloudWatch widget type custom is not supported; kept for export",
    );
  });
});
