import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MetricWidgetView } from "@/components/widgets/MetricWidgetView";
import type { MetricWidget } from "@/lib/dashboards/model";

// The kiosk's stale badge: "stale since …", amber, then red past five refresh intervals.

const START = Date.UTC(2024, 4, 1, 9, 0);
const widget = {
  type: "number",
  id: "w1",
  title: "Requests",
  position: { x: 0, y: 0, w: 6, h: 6 },
  region: "us-east-1",
  metrics: [
    {
      kind: "metric",
      id: "m1",
      namespace: "AWS/ApplicationELB",
      metricName: "RequestCount",
      dimensions: [],
      stat: "Sum",
      visible: true,
    },
  ],
} as MetricWidget;
const result = {
  key: "w1",
  series: [
    {
      queryId: "m1",
      label: "Requests",
      accountId: "111111111111",
      region: "us-east-1",
      period: 60,
      timestamps: [START / 1000],
      values: [5],
    },
  ],
  errors: [],
  warnings: [],
};

function render(level?: "amber" | "red") {
  return renderToStaticMarkup(
    <MetricWidgetView
      widget={widget}
      result={result}
      range={{ start: START, end: START + 3_600_000 }}
      timezone="UTC"
      staleSince={START + 30 * 60_000}
      staleReason="Throttling: Rate exceeded"
      {...(level ? { staleLevel: level } : {})}
    />,
  );
}

describe("stale badge levels", () => {
  it("says since when the data is stale, amber first", () => {
    const html = render("amber");
    expect(html).toContain("stale since 09:30:00");
    expect(html).toContain('data-level="amber"');
    expect(html).toContain("Throttling: Rate exceeded");
  });

  it("turns red when asked", () => {
    expect(render("red")).toContain('data-level="red"');
  });

  it("keeps the ordinary wording outside kiosk staleness tracking", () => {
    expect(render()).toContain("showing data from 09:30, refresh failed");
  });
});
