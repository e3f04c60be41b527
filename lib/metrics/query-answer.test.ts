import { describe, expect, it } from "vitest";
import { metricsQueryBody } from "@/lib/contracts/metrics-query";
import { SAME_MOMENT_MS, viewPlan } from "./query-answer";

const NOW = Date.UTC(2026, 10, 22, 12, 0, 30);
const body = (widthPx: number) =>
  metricsQueryBody.parse({
    range: { type: "relative", duration: "PT3H" },
    widgets: [
      {
        type: "line",
        id: "cpu",
        position: { x: 0, y: 0, w: 12, h: 6 },
        accountId: "111111111111",
        region: "us-east-1",
        metrics: [
          {
            kind: "metric",
            id: "m1",
            namespace: "AWS/EC2",
            metricName: "CPUUtilization",
            dimensions: [],
            stat: "Average",
            visible: true,
          },
        ],
      },
    ],
    widths: { cpu: widthPx },
  });

describe("viewPlan", () => {
  it("answers requests for one view within a moment as of the first one's time", () => {
    const first = viewPlan(body(600), NOW);
    expect(first.now).toBe(NOW);
    expect(first.range.end).toBe(NOW);
    // A byte-for-byte different copy of the same view, a moment later.
    const soon = viewPlan(body(600), NOW + SAME_MOMENT_MS - 1);
    expect(soon).toEqual(first);
    const later = viewPlan(body(600), NOW + SAME_MOMENT_MS);
    expect(later.now).toBe(NOW + SAME_MOMENT_MS);
    expect(later.range.end).toBe(NOW + SAME_MOMENT_MS);
  });

  it("never answers one view with another's plan, nor a request with a later one's", () => {
    const narrow = viewPlan(body(300), NOW + 10_000);
    const wide = viewPlan(body(1600), NOW + 10_000);
    expect(wide.key).not.toBe(narrow.key);
    const earlier = viewPlan(body(300), NOW + 9_999);
    expect(earlier.now).toBe(NOW + 9_999);
  });

  it("tells apart views whose bodies are not frozen, however often they are planned", () => {
    const changing = body(600);
    const first = viewPlan(changing, NOW + 20_000);
    changing.widths = { cpu: 1600 };
    expect(viewPlan(changing, NOW + 20_001).key).not.toBe(first.key);
  });
});
