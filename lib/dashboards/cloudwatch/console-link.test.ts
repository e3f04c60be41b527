import { describe, expect, it } from "vitest";
import type { MetricWidget } from "../model";
import { cloudWatchConsoleMetricLink, toJsurl } from "./console-link";

const widget: MetricWidget = {
  type: "line",
  id: "cpu",
  title: "Web CPU",
  position: { x: 0, y: 0, w: 12, h: 6 },
  region: "eu-west-1",
  metrics: [
    {
      kind: "metric",
      id: "m1",
      namespace: "AWS/EC2",
      metricName: "CPUUtilization",
      dimensions: [{ name: "InstanceId", value: "i-0abc" }],
      stat: "Average",
      visible: true,
    },
  ],
};

describe("JSURL encoding of the console's graph parameter", () => {
  it("encodes values as the console writes them", () => {
    expect(toJsurl({ view: "timeSeries", stacked: false, period: 300 })).toBe(
      "~(view~'timeSeries~stacked~false~period~300)",
    );
    expect(toJsurl(["AWS/EC2", "CPUUtilization"])).toBe("~(~'AWS*2fEC2~'CPUUtilization)");
    expect(toJsurl([])).toBe("~(~)");
    expect(toJsurl({ a: null, b: undefined, c: "x y$é€" })).toBe("~(a~null~c~'x*20y!*e9**20ac)");
    expect(toJsurl({ expression: "SUM(METRICS())/2" })).toBe("~(expression~'SUM*28METRICS*28*29*29*2f2)");
  });

  it("builds the console's metric link from the widget's JSON, in its Region, with the range", () => {
    const link = cloudWatchConsoleMetricLink(widget, { type: "relative", duration: "PT3H" });
    expect(
      link.startsWith(
        "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#metricsV2:graph=~(",
      ),
    ).toBe(true);
    const graph = link.slice(link.indexOf("graph=") + "graph=".length);
    expect(graph).toContain("view~'timeSeries");
    expect(graph).toContain("title~'Web*20CPU");
    expect(graph).toContain("region~'eu-west-1");
    expect(graph).toContain("metrics~(~(~'AWS*2fEC2~'CPUUtilization~'InstanceId~'i-0abc");
    expect(graph).toContain("start~'-PT3H");
    // Nothing in the fragment needs further percent-encoding.
    expect(graph).toMatch(/^[\w\-.~'!*()]+$/);
  });
});
