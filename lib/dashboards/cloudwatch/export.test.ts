import { describe, expect, it } from "vitest";
import { createEmptyDocument, validateDocument, type DashboardDocument, type MetricQuery } from "../model";
import { exportCloudWatchDashboard, exportCloudWatchDashboardBody } from "./export-dashboard";
import { importCloudWatchDashboard } from "./import-dashboard";
import { validateCloudWatchBody } from "@/lib/cloudwatch-body/validate-body";
import { isJsonObject, type JsonObject } from "@/lib/cloudwatch-body/json";

function metric(id: string, extra: Partial<MetricQuery> = {}): MetricQuery {
  return {
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [{ name: "InstanceId", value: `i-${id}` }],
    stat: "Average",
    visible: true,
    ...extra,
  };
}

// Widgets are written as plain JSON and typed by validateDocument, the way stored documents are.
function graph(
  type: string,
  metrics: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: "w1",
    type,
    title: "CPU",
    position: { x: 0, y: 0, w: 12, h: 6 },
    region: "us-east-1",
    metrics,
    ...extra,
  };
}

function documentWith(...widgets: unknown[]): DashboardDocument {
  const document = { ...createEmptyDocument("Ops"), widgets };
  const checked = validateDocument(document);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.document;
}

function propertiesOf(body: JsonObject, index = 0): JsonObject {
  const widgets = body.widgets;
  const widget = Array.isArray(widgets) ? widgets[index] : undefined;
  if (!isJsonObject(widget) || !isJsonObject(widget.properties)) throw new Error("no properties");
  return widget.properties;
}

describe("exportCloudWatchDashboard", () => {
  it("writes a Watchwall-authored dashboard that PutDashboard accepts", () => {
    const document = documentWith(
      graph("area", [metric("m1"), metric("m2", { stat: "p99", visible: false, yAxis: "right" })]),
      { id: "w2", type: "text", position: { x: 12, y: 0, w: 12, h: 2 }, markdown: "# Hi" },
    );
    const body = exportCloudWatchDashboard(document);
    expect(validateCloudWatchBody(body)).toEqual([]);
    expect(body).toEqual({
      start: "-PT3H",
      widgets: [
        {
          type: "metric",
          x: 0,
          y: 0,
          width: 12,
          height: 6,
          properties: {
            view: "timeSeries",
            stacked: true,
            title: "CPU",
            region: "us-east-1",
            metrics: [
              ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m1"],
              ["...", "i-m2", { stat: "p99", visible: false, yAxis: "right" }],
            ],
          },
        },
        { type: "text", x: 12, y: 0, width: 12, height: 2, properties: { markdown: "# Hi" } },
      ],
    });
    expect(JSON.parse(exportCloudWatchDashboardBody(document))).toEqual(body);
  });

  it("keeps ids that expressions use or that would not be regenerated", () => {
    const referenced = documentWith(
      graph("line", [
        metric("m1"),
        metric("m2"),
        { kind: "expression", id: "e1", expression: "m1 + 1", visible: true },
      ]),
    );
    const rows = propertiesOf(exportCloudWatchDashboard(referenced, { compact: false })).metrics;
    expect(rows).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m1", { id: "m1" }],
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m2"],
      [{ expression: "m1 + 1" }],
    ]);
    const swapped = documentWith(graph("line", [metric("m2"), metric("m1")]));
    const swappedRows = propertiesOf(exportCloudWatchDashboard(swapped, { compact: false })).metrics;
    expect(swappedRows).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m2", { id: "m2" }],
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m1", { id: "m1" }],
    ]);
  });

  it("writes a row's statistic only when it differs from the widget's", () => {
    const document = documentWith(
      graph("number", [metric("m1", { stat: "Sum" }), metric("m2", { stat: "Average" })], { stat: "Sum" }),
    );
    const props = propertiesOf(exportCloudWatchDashboard(document, { compact: false }));
    expect(props.view).toBe("singleValue");
    expect(props.stat).toBe("Sum");
    expect(props.metrics).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m1"],
      ["AWS/EC2", "CPUUtilization", "InstanceId", "i-m2", { stat: "Average" }],
    ]);
  });

  it("writes bands as two-element arrays and keeps unknown annotation keys", () => {
    const document = documentWith(
      graph("gauge", [metric("m1")], {
        yAxis: { left: { min: 0, max: 100 } },
        annotations: {
          horizontal: [
            { kind: "band", from: { value: 10, label: "low" }, to: { value: 20 } },
            { kind: "line", value: 90, fill: "above", glow: true },
          ],
        },
      }),
    );
    expect(propertiesOf(exportCloudWatchDashboard(document)).annotations).toEqual({
      horizontal: [[{ value: 10, label: "low" }, { value: 20 }], { value: 90, fill: "above", glow: true }],
    });
  });

  it("writes the range from the document once it no longer matches the imported start/end", () => {
    const imported = importCloudWatchDashboard(
      { widgets: [], start: "-9H", end: "2018-12-17T06:00:00.000Z" },
      { defaultRegion: "r" },
    );
    if (!imported.ok) throw new Error("import failed");
    expect(exportCloudWatchDashboard(imported.document)).toMatchObject({
      start: "-9H",
      end: "2018-12-17T06:00:00.000Z",
    });
    const relative = { ...imported.document, defaultRange: { type: "relative", duration: "P1D" } as const };
    expect(exportCloudWatchDashboard(relative)).toEqual({ start: "-P1D", widgets: [] });
    const absolute = {
      ...imported.document,
      defaultRange: { type: "absolute", start: 0, end: 60_000 } as const,
    };
    expect(exportCloudWatchDashboard(absolute)).toMatchObject({
      start: "1970-01-01T00:00:00.000Z",
      end: "1970-01-01T00:01:00.000Z",
    });
  });

  it("writes unsupported widgets verbatim at their current position", () => {
    const original = {
      type: "explorer",
      x: 0,
      y: 0,
      width: 6,
      height: 6,
      properties: { metrics: [{ metricName: "X" }] },
    };
    const imported = importCloudWatchDashboard({ widgets: [original] }, { defaultRegion: "r" });
    if (!imported.ok) throw new Error("import failed");
    const moved = imported.document.widgets.map((w) => ({ ...w, position: { x: 6, y: 3, w: 12, h: 4 } }));
    const body = exportCloudWatchDashboard({ ...imported.document, widgets: moved });
    expect(body.widgets).toEqual([{ ...original, x: 6, y: 3, width: 12, height: 4 }]);
    const renamed = imported.document.widgets.map((w) => ({ ...w, title: "Explorer" }));
    const renamedBody = exportCloudWatchDashboard({ ...imported.document, widgets: renamed });
    expect(renamedBody.widgets).toEqual([
      { ...original, properties: { ...original.properties, title: "Explorer" } },
    ]);
  });

  it("does not let a stale 'stacked' from another view turn a line into an area", () => {
    const document = documentWith(
      graph("line", [metric("m1")], { extra: { properties: { stacked: true } } }),
    );
    expect(propertiesOf(exportCloudWatchDashboard(document)).stacked).toBeUndefined();
    const bar = documentWith(graph("bar", [metric("m1")], { extra: { properties: { stacked: true } } }));
    expect(propertiesOf(exportCloudWatchDashboard(bar)).stacked).toBe(true);
  });

  it("exports logs and alarm-status widgets", () => {
    const document = documentWith(
      {
        id: "l",
        type: "logs",
        position: { x: 0, y: 0, w: 24, h: 6 },
        region: "eu-west-1",
        query: "SOURCE 'a' | stats count(*) by bin(5m)",
        logGroups: ["a"],
        view: "timeSeries",
        stacked: true,
      },
      {
        id: "a",
        type: "alarm-status",
        title: "Alarms",
        position: { x: 0, y: 6, w: 6, h: 3 },
        alarms: ["arn:x"],
        sortBy: "timestamp",
      },
    );
    const body = exportCloudWatchDashboard(document);
    expect(validateCloudWatchBody(body)).toEqual([]);
    expect(body.widgets).toEqual([
      {
        type: "log",
        x: 0,
        y: 0,
        width: 24,
        height: 6,
        properties: {
          view: "timeSeries",
          region: "eu-west-1",
          query: "SOURCE 'a' | stats count(*) by bin(5m)",
          stacked: true,
        },
      },
      {
        type: "alarm",
        x: 0,
        y: 6,
        width: 6,
        height: 3,
        properties: { title: "Alarms", alarms: ["arn:x"], sortBy: "timestamp" },
      },
    ]);
  });
});
