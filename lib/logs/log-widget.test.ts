import { describe, expect, it } from "vitest";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { appendLogWidget, resolveLogWidget, viewOfWidget } from "./log-widget";

describe("log widgets", () => {
  it("are appended below everything in CloudWatch's SOURCE form", () => {
    const doc = appendLogWidget(createEmptyDocument("d"), {
      title: "Errors by status",
      accountId: "111111111111",
      region: "us-east-1",
      groups: ["/watchwall/alb/prod-web-alb/access-logs"],
      query: "stats count(*) by bin(5m)",
      view: "stacked",
    });
    const widget = doc.widgets[0];
    expect(widget?.type).toBe("logs");
    if (widget?.type !== "logs") return;
    expect(widget.query).toBe("SOURCE '/watchwall/alb/prod-web-alb/access-logs' | stats count(*) by bin(5m)");
    expect(widget.view).toBe("timeSeries");
    expect(viewOfWidget(widget)).toBe("stacked");
    expect(widget.position).toEqual({ x: 0, y: 0, w: 12, h: 6 });
  });

  it("apply the dashboard's pattern and region variables", () => {
    const doc = appendLogWidget(createEmptyDocument("d"), {
      title: "t",
      accountId: "111111111111",
      region: "us-east-1",
      groups: ["/aws/lambda/shop-checkout"],
      query: "filter @message like /shop-checkout/",
      view: "table",
    });
    const widget = doc.widgets[0];
    if (widget?.type !== "logs") throw new Error("not a log widget");
    const resolved = resolveLogWidget(
      widget,
      [
        { id: "fn", type: "pattern", pattern: "shop-checkout", inputType: "input" },
        { id: "r", type: "property", property: "region", inputType: "input" },
      ],
      { fn: "shop-cart-api", r: "eu-west-1" },
    );
    expect(resolved).toEqual({
      region: "eu-west-1",
      groups: ["/aws/lambda/shop-cart-api"],
      query: "filter @message like /shop-cart-api/",
    });
  });
});
