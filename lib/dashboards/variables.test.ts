import { describe, expect, it } from "vitest";
import type { DashboardVariable, MetricWidget, TextWidget } from "./model";
import { applyVariables, displayWidget, substitutePatterns } from "./variables";

const env: DashboardVariable = {
  id: "env",
  type: "pattern",
  pattern: "prod-env",
  inputType: "select",
  defaultValue: "prod-env",
  values: [{ value: "prod-env" }, { value: "staging" }],
};

describe("pattern variables everywhere CloudWatch substitutes them", () => {
  it("substitutes in free text, with the chosen value or the default", () => {
    expect(substitutePatterns("Orders in prod-env (prod-env)", [env], { env: "staging" })).toBe(
      "Orders in staging (staging)",
    );
    expect(substitutePatterns("Orders in prod-env", [env], {})).toBe("Orders in prod-env");
    expect(substitutePatterns("cost: prod-env", [env], { env: "$1 & $&" })).toBe("cost: $1 & $&");
  });

  it("substitutes in text widgets' Markdown and in titles", () => {
    const text: TextWidget = {
      type: "text",
      id: "t",
      title: "About prod-env",
      position: { x: 0, y: 0, w: 6, h: 3 },
      markdown: "# prod-env runbook\nSee [prod-env](https://example.com/prod-env)",
    };
    const shown = displayWidget(text, [env], { env: "staging" });
    expect(shown.markdown).toBe("# staging runbook\nSee [staging](https://example.com/staging)");
    expect(shown.title).toBe("About staging");
  });

  it("substitutes in metric widget titles, dimensions, labels and expressions", () => {
    const widget: MetricWidget = {
      type: "line",
      id: "w",
      title: "CPU of prod-env",
      position: { x: 0, y: 0, w: 12, h: 6 },
      region: "us-east-1",
      metrics: [
        {
          kind: "metric",
          id: "m1",
          namespace: "AWS/EC2",
          metricName: "CPUUtilization",
          dimensions: [{ name: "AutoScalingGroupName", value: "prod-env-web" }],
          stat: "Average",
          label: "prod-env web",
          visible: true,
        },
        { kind: "expression", id: "e1", expression: "SEARCH('prod-env', 'Average', 300)", visible: true },
      ],
    };
    expect(displayWidget(widget, [env], { env: "staging" }).title).toBe("CPU of staging");
    const queried = applyVariables(widget, [env], { env: "staging" });
    expect(queried.metrics[0]).toMatchObject({
      dimensions: [{ name: "AutoScalingGroupName", value: "staging-web" }],
      label: "staging web",
    });
    expect(queried.metrics[1]).toMatchObject({ expression: "SEARCH('staging', 'Average', 300)" });
  });
});
