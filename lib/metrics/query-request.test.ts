import { describe, expect, it } from "vitest";
import { metricsQueryBody, planRequest, ViewRangeError } from "./query-request";

const NOW = Date.UTC(2026, 10, 22, 12);
const widget = (id: string, metrics: number) => ({
  type: "line",
  id,
  position: { x: 0, y: 0, w: 12, h: 6 },
  region: "us-east-1",
  metrics: Array.from({ length: metrics }, (_, i) => ({
    kind: "metric",
    id: `m${i}`,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [],
    stat: "Average",
    visible: true,
  })),
});

describe("metrics query bounds", () => {
  it("rejects malformed and oversized requests at validation", () => {
    expect(
      metricsQueryBody.safeParse({ range: { type: "relative", duration: "PT3H" }, widgets: [] }).success,
    ).toBe(false);
    const tooMany = {
      range: { type: "relative", duration: "PT3H" },
      widgets: Array.from({ length: 6 }, (_, i) => widget(`w${i}`, 450)),
    };
    const parsed = metricsQueryBody.safeParse(tooMany);
    expect(parsed.success).toBe(false);
  });

  it("refuses ranges CloudWatch cannot serve", () => {
    const old = metricsQueryBody.parse({
      range: { type: "absolute", start: NOW - 500 * 86_400_000, end: NOW - 499 * 86_400_000 },
      widgets: [widget("w", 1)],
    });
    expect(() => planRequest(old, NOW)).toThrow(ViewRangeError);
    const future = metricsQueryBody.parse({
      range: { type: "absolute", start: NOW + 60_000, end: NOW + 120_000 },
      widgets: [widget("w", 1)],
    });
    expect(() => planRequest(future, NOW)).toThrow(/future/);
  });

  it("bounds the datapoints of one request and plans a period per widget", () => {
    const body = metricsQueryBody.parse({
      range: { type: "relative", duration: "P90D" },
      widgets: [widget("a", 100), widget("b", 3)],
      widths: { a: 1600, b: 300 },
    });
    const { planned } = planRequest(body, NOW);
    expect(planned.map((p) => p.panel.key)).toEqual(["a", "b"]);
    expect(planned.every((p) => p.period.points <= 1440)).toBe(true);
    const heavy = metricsQueryBody.parse({
      range: { type: "relative", duration: "P1D" },
      widgets: Array.from({ length: 5 }, (_, i) => ({ ...widget(`w${i}`, 450), period: 60 })),
      widths: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`w${i}`, 8000])),
    });
    expect(() => planRequest(heavy, NOW)).toThrow(/datapoints/);
  });
});
