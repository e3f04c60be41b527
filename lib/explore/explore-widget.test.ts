import { describe, expect, it } from "vitest";
import { createEmptyDocument, validateDocument, type Widget } from "@/lib/dashboards/model";
import { EMPTY_EXPLORE_STATE, type ExploreState } from "./explore-state";
import {
  appendedPosition,
  appendExploreWidget,
  exploreLabels,
  exploreQueryIndex,
  exploreWidget,
  exploreWidgetTitle,
  gridBottom,
  unusedWidgetId,
} from "./explore-widget";

const state: ExploreState = {
  ...EMPTY_EXPLORE_STATE,
  stat: "Sum",
  period: 60,
  metrics: [
    {
      accountId: "111122223333",
      region: "us-east-1",
      namespace: "AWS/EC2",
      metricName: "NetworkIn",
      dimensions: [],
    },
    {
      accountId: "444455556666",
      region: "eu-west-1",
      namespace: "AWS/EC2",
      metricName: "NetworkOut",
      dimensions: [{ name: "InstanceId", value: "i-1" }],
      stat: "p90",
    },
  ],
};

function text(id: string, x: number, y: number, w: number, h: number): Widget {
  return { type: "text", id, markdown: "", position: { x, y, w, h } };
}

describe("explore widget", () => {
  it("takes the first metric's scope and names other scopes per query", () => {
    const widget = exploreWidget(state, "w1");
    expect(widget).toMatchObject({
      type: "line",
      region: "us-east-1",
      accountId: "111122223333",
      stat: "Sum",
      period: 60,
    });
    expect(widget?.metrics[0]).toEqual({
      kind: "metric",
      id: "m1",
      namespace: "AWS/EC2",
      metricName: "NetworkIn",
      dimensions: [],
      stat: "Sum",
      visible: true,
    });
    expect(widget?.metrics[1]).toMatchObject({
      id: "m2",
      stat: "p90",
      accountId: "444455556666",
      region: "eu-west-1",
    });
  });

  it("labels same-named metrics by what tells them apart: dimensions, account, Region", () => {
    const cpu = (instance: string, accountId = "111122223333", region = "us-east-1") => ({
      accountId,
      region,
      namespace: "AWS/EC2",
      metricName: "CPUUtilization",
      dimensions: [{ name: "InstanceId", value: instance }],
    });
    const three: ExploreState = {
      ...state,
      metrics: [cpu("i-1"), cpu("i-2"), cpu("i-3"), { ...cpu("x"), metricName: "NetworkIn", dimensions: [] }],
    };
    expect(exploreLabels(three)).toEqual([
      "CPUUtilization i-1",
      "CPUUtilization i-2",
      "CPUUtilization i-3",
      undefined,
    ]);
    const scopes: ExploreState = {
      ...state,
      metrics: [cpu("i-1"), cpu("i-1", "444455556666"), cpu("i-1", "111122223333", "eu-west-1")],
    };
    const labels = exploreLabels(scopes);
    expect(new Set(labels).size).toBe(3);
    expect(labels).toEqual([
      "CPUUtilization 111122223333 us-east-1",
      "CPUUtilization 444455556666 us-east-1",
      "CPUUtilization 111122223333 eu-west-1",
    ]);
    expect(exploreWidget(three, "w")?.metrics.map((q) => q.label)).toEqual([
      "CPUUtilization i-1",
      "CPUUtilization i-2",
      "CPUUtilization i-3",
      undefined,
    ]);
  });

  it("leaves the period automatic and has no widget without metrics", () => {
    expect(exploreWidget({ ...state, period: "auto" }, "w")?.period).toBeUndefined();
    expect(exploreWidget(EMPTY_EXPLORE_STATE, "w")).toBeNull();
  });

  it("maps query ids back to metric indexes", () => {
    expect(exploreQueryIndex("m1")).toBe(0);
    expect(exploreQueryIndex("m12")).toBe(11);
    expect(exploreQueryIndex("m0")).toBe(-1);
    expect(exploreQueryIndex("e1")).toBe(-1);
  });

  it("titles the widget after its distinct metric names, cut when long", () => {
    expect(exploreWidgetTitle(state)).toBe("NetworkIn, NetworkOut");
    const base = { accountId: "111122223333", region: "us-east-1", namespace: "A", dimensions: [] };
    const many = {
      ...state,
      metrics: Array.from({ length: 20 }, (_, i) => ({ ...base, metricName: `Metric${i}` })),
    };
    const title = exploreWidgetTitle(many);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith("…")).toBe(true);
  });
});

describe("appending to a dashboard", () => {
  it("places the widget below the lowest widget, full left, 12 × 6", () => {
    const widgets = [text("a", 0, 0, 24, 2), text("b", 12, 2, 12, 9), text("c", 0, 2, 12, 4)];
    expect(gridBottom(widgets)).toBe(11);
    expect(appendedPosition(widgets)).toEqual({ x: 0, y: 11, w: 12, h: 6 });
    expect(appendedPosition([])).toEqual({ x: 0, y: 0, w: 12, h: 6 });
  });

  it("picks an unused id", () => {
    expect(unusedWidgetId([])).toBe("explore-1");
    expect(unusedWidgetId([text("explore-1", 0, 0, 1, 1), text("explore-2", 0, 0, 1, 1)])).toBe("explore-3");
  });

  it("produces a document the dashboard validator accepts", () => {
    const document = { ...createEmptyDocument("Ops"), widgets: [text("explore-1", 0, 0, 24, 3)] };
    const next = appendExploreWidget(document, state);
    expect(next?.widgets).toHaveLength(2);
    expect(next?.widgets[1]).toMatchObject({ id: "explore-2", position: { x: 0, y: 3, w: 12, h: 6 } });
    expect(document.widgets).toHaveLength(1);
    const checked = validateDocument(next);
    expect(checked.ok).toBe(true);
  });

  it("adds nothing for an empty graph", () => {
    expect(appendExploreWidget(createEmptyDocument(), EMPTY_EXPLORE_STATE)).toBeNull();
  });
});
