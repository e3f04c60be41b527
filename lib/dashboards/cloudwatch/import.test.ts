import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCloudWatchDashboard, type ImportResult } from "./import-dashboard";
import type { DashboardDocument, Widget } from "../model";

const OPTS = { defaultRegion: "eu-west-1" };
const CPU = ["AWS/EC2", "CPUUtilization", "InstanceId", "i-1"];

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "fixtures", name), "utf8");
}

function ok(result: ImportResult): {
  document: DashboardDocument;
  warnings: Array<{ path: string; message: string }>;
} {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function widget(document: DashboardDocument, index: number): Widget {
  const found = document.widgets[index];
  if (!found) throw new Error(`no widget ${index}`);
  return found;
}

function metricWidget(document: DashboardDocument, index: number) {
  const found = widget(document, index);
  if (
    found.type === "text" ||
    found.type === "logs" ||
    found.type === "alarm-status" ||
    found.type === "unsupported" ||
    found.type === "aws-health"
  ) {
    throw new Error(`widget ${index} is ${found.type}`);
  }
  return found;
}

describe("importCloudWatchDashboard — fixtures in detail", () => {
  it("expands dot shorthand and places widgets without x/y (ThreatExchange)", () => {
    const { document, warnings } = ok(
      importCloudWatchDashboard(fixture("threatexchange-hma-dot-shorthand-no-xy.json"), OPTS),
    );
    expect(document.widgets.map((w) => w.position)).toEqual([
      { x: 0, y: 0, w: 6, h: 6 },
      { x: 6, y: 0, w: 6, h: 6 },
      { x: 12, y: 0, w: 6, h: 6 },
      { x: 18, y: 0, w: 6, h: 6 },
      { x: 0, y: 6, w: 6, h: 6 },
    ]);
    const lambda = metricWidget(document, 0);
    expect(lambda.metrics.map((q) => (q.kind === "metric" ? [q.id, q.metricName, q.stat] : []))).toEqual([
      ["m1", "Invocations", "Sum"],
      ["m2", "Errors", "Sum"],
      ["m3", "ConcurrentExecutions", "Maximum"],
      ["m4", "Throttles", "Sum"],
    ]);
    expect(lambda.metrics[1]).toMatchObject({
      color: "#d62728",
      dimensions: [{ name: "FunctionName", value: "hma-matcher" }],
    });
    expect(lambda.metrics[3]).toMatchObject({ label: "Throttles", yAxis: "right" });
    const duration = metricWidget(document, 1);
    expect(duration.stat).toBe("Maximum");
    expect(duration.metrics).toMatchObject([
      { metricName: "Duration", stat: "Maximum", label: "p90" },
      {
        metricName: "Duration",
        stat: "Average",
        label: "Av",
        dimensions: [{ name: "FunctionName", value: "hma-matcher" }],
      },
    ]);
    const dynamo = metricWidget(document, 4);
    expect(dynamo.metrics[3]).toMatchObject({
      metricName: "ConsumedWriteCapacityUnits",
      dimensions: [
        { name: "TableName", value: "hma-datastore" },
        { name: "GlobalSecondaryIndexName", value: "GSI-2" },
      ],
    });
    expect(dynamo.metrics[4]).toMatchObject({ dimensions: [{}, { value: "GSI-1" }] });
    // The stray widget-level "region" is kept for export and reported.
    expect(widget(document, 3).extra).toEqual({ widget: { region: "us-east-1" } });
    expect(warnings).toContainEqual({
      path: "/widgets/3/region",
      message: expect.stringContaining("not expected"),
    });
  });

  it("keeps math expressions, hidden inputs and per-row periods (CDK math)", () => {
    const { document } = ok(importCloudWatchDashboard(fixture("cdk-math-alarm-and-dashboard.json"), OPTS));
    const graph = metricWidget(document, 1);
    expect(graph.metrics.map((q) => [q.kind, q.id, q.visible, q.period, q.yAxis])).toEqual([
      ["expression", "e1", true, 60, undefined],
      ["metric", "m1", false, 60, undefined],
      ["metric", "m2", false, 60, undefined],
      ["metric", "m3", true, 10, "right"],
      ["metric", "m4", true, 30, "right"],
    ]);
    expect(graph.metrics[0]).toMatchObject({ expression: "m1+m2", label: "Total Messages" });
    expect(graph.annotations?.horizontal).toEqual([
      {
        kind: "line",
        value: 100,
        label: "Total Messages >= 100 for 3 datapoints within 3 minutes",
        yAxis: "left",
      },
    ]);
    expect(metricWidget(document, 2)).toMatchObject({ type: "pie", setPeriodToTimeRange: true });
    expect(metricWidget(document, 0)).toMatchObject({
      metrics: [],
      annotations: { alarms: [expect.stringContaining("Alarm7103F465")] },
    });
  });

  it("keeps per-row account and Region on SEARCH expressions", () => {
    const { document } = ok(
      importCloudWatchDashboard(fixture("cdk-search-expression-cross-region.json"), OPTS),
    );
    expect(metricWidget(document, 0).metrics).toMatchObject([
      { kind: "expression", id: "e1", label: "[object Object]" },
      {
        kind: "expression",
        id: "e2",
        accountId: "123456789012",
        region: "us-west-2",
        period: 600,
        yAxis: "right",
        color: "#e377c2",
      },
      { kind: "expression", id: "e3", region: "ap-southeast-1", period: 3600 },
    ]);
  });

  it("reads time settings, alarm, log and custom widgets (CDK alarm dashboard)", () => {
    const { document, warnings } = ok(
      importCloudWatchDashboard(fixture("cdk-alarm-and-dashboard.json"), OPTS),
    );
    expect(document.defaultRange).toEqual({ type: "relative", duration: "PT9H" });
    expect(document.sourceTime).toEqual({ start: "-9H", end: "2018-12-17T06:00:00.000Z" });
    expect(document.periodOverride).toBe("inherit");
    expect(warnings).toContainEqual({ path: "/end", message: expect.stringContaining("last 9 hours") });
    expect(widget(document, 3)).toMatchObject({
      type: "alarm-status",
      title: "Firing alarms",
      alarms: [expect.any(String)],
    });
    expect(widget(document, 6)).toMatchObject({
      type: "logs",
      view: "table",
      region: "us-east-1",
      logGroups: ["my-log-group"],
    });
    expect(widget(document, 10)).toMatchObject({ type: "logs", view: "pie", accountId: "012345678901" });
    expect(widget(document, 11)).toMatchObject({ type: "logs", queryLanguage: "SQL" });
    expect(metricWidget(document, 13)).toMatchObject({ type: "number", singleValueFullPrecision: false });
    expect(metricWidget(document, 14)).toMatchObject({ type: "number", singleValueFullPrecision: true });
    const custom = widget(document, 15);
    expect(custom.type).toBe("unsupported");
    if (custom.type === "unsupported") {
      expect(custom.original).toEqual(JSON.parse(fixture("cdk-alarm-and-dashboard.json")).widgets[15]);
      expect(custom.reason).toContain("Custom");
    }
  });

  it("keeps variables, dynamic labels and the gauge range", () => {
    const vars = ok(
      importCloudWatchDashboard(fixture("cdk-dashboard-variables-dynamic-label.json"), OPTS),
    ).document;
    expect(vars.variables.map((v) => [v.id, v.type, v.inputType])).toEqual([
      ["region3", "pattern", "radio"],
      ["BucketName", "property", "select"],
    ]);
    expect(widget(vars, 0)).toMatchObject({ type: "text", background: "transparent" });
    expect(metricWidget(vars, 1).metrics[0]).toMatchObject({
      label: "[BucketName: ${PROP('Dim.BucketName')}] BucketSizeBytes",
    });
    const gauge = metricWidget(
      ok(importCloudWatchDashboard(fixture("cdk-gauge-widget.json"), OPTS)).document,
      0,
    );
    expect(gauge).toMatchObject({
      type: "gauge",
      period: 60,
      stat: "Minimum",
      yAxis: { left: { min: 0, max: 10 } },
    });
    expect(gauge.annotations?.horizontal?.[0]).toMatchObject({
      kind: "line",
      fill: "above",
      color: "#b2df8d",
    });
  });
});

describe("importCloudWatchDashboard — rejections", () => {
  it.each([
    ["not JSON", "{", "", "valid JSON object"],
    ["widgets not an array", { widgets: 3 }, "/widgets", "Should be array"],
    [
      "a bad metric row",
      { widgets: [{ type: "metric", properties: { metrics: [["NS"]] } }] },
      "/widgets/0/properties/metrics/0",
      "metric name",
    ],
    [
      "an unknown stat",
      { widgets: [{ type: "metric", properties: { metrics: [[...CPU, { stat: "Mean" }]] } }] },
      "/widgets/0/properties/metrics/0/4/stat",
      "Unknown statistic",
    ],
    [
      "x out of range",
      { widgets: [{ type: "text", x: 30, properties: { markdown: "" } }] },
      "/widgets/0/x",
      "Should be <= 23",
    ],
    [
      "a gauge without range",
      { widgets: [{ type: "metric", properties: { view: "gauge", metrics: [CPU] } }] },
      "/widgets/0/properties",
      "yAxis",
    ],
  ])(
    "rejects %s with a path to the field, and returns no document",
    (_name, input, expectedPath, message) => {
      const result = importCloudWatchDashboard(
        typeof input === "string" ? input : JSON.stringify(input),
        OPTS,
      );
      expect(result.ok).toBe(false);
      expect("document" in result).toBe(false);
      if (!result.ok)
        expect(result.errors).toContainEqual({
          path: expectedPath,
          message: expect.stringContaining(message),
        });
    },
  );

  it("rejects the whole dashboard when one widget of many is broken", () => {
    const widgets = [
      { type: "text", properties: { markdown: "fine" } },
      { type: "metric", properties: { region: "us-east-1", metrics: [CPU] } },
      { type: "metric", properties: { region: "us-east-1", metrics: [[".", "X", "."]] } },
    ];
    const result = importCloudWatchDashboard({ widgets }, OPTS);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "/widgets/2/properties/metrics/0/0", message: expect.any(String) }],
    });
  });
});

describe("importCloudWatchDashboard — defaults and edge cases", () => {
  it("fills the region from the options, says so, and records the source account on the dashboard", () => {
    const input = {
      widgets: [
        { type: "metric", properties: { metrics: [CPU] } },
        { type: "log", properties: { query: "SOURCE 'a' | fields x" } },
      ],
    };
    const { document, warnings } = ok(
      importCloudWatchDashboard(input, { defaultRegion: "ap-south-1", defaultAccountId: "999988887777" }),
    );
    // CloudWatch's meaning: widgets without accountId read the account the dashboard came from.
    expect(document).toMatchObject({ defaultAccountId: "999988887777", defaultRegion: "ap-south-1" });
    expect(widget(document, 0)).toMatchObject({ region: "ap-south-1" });
    expect(widget(document, 0)).not.toHaveProperty("accountId");
    expect(widget(document, 1)).toMatchObject({ region: "ap-south-1", logGroups: ["a"] });
    expect(warnings).toEqual([{ path: "/widgets/0/properties", message: "No region; using ap-south-1" }]);
  });

  it("maps every metric view to a widget type", () => {
    const views = [undefined, "timeSeries", "singleValue", "bar", "pie", "table"];
    const widgets: unknown[] = views.map((view) => ({
      type: "metric",
      properties: { view, region: "r", metrics: [CPU] },
    }));
    widgets.push({
      type: "metric",
      properties: { view: "timeSeries", stacked: true, region: "r", metrics: [CPU] },
    });
    const { document } = ok(importCloudWatchDashboard({ widgets }, OPTS));
    expect(document.widgets.map((w) => w.type)).toEqual([
      "line",
      "line",
      "number",
      "bar",
      "pie",
      "table",
      "area",
    ]);
  });

  it("keeps unknown widget types and views as unsupported, verbatim", () => {
    const chart = { type: "chart3d", width: 12, properties: { spin: true } };
    const heatmap = {
      type: "metric",
      x: 12,
      y: 0,
      properties: { view: "heatmap", metrics: [CPU], region: "r" },
    };
    const { document, warnings } = ok(importCloudWatchDashboard({ widgets: [chart, heatmap] }, OPTS));
    expect(document.widgets).toMatchObject([
      { type: "unsupported", original: chart, position: { x: 0, y: 0, w: 12, h: 6 } },
      { type: "unsupported", original: heatmap, position: { x: 12, y: 0, w: 6, h: 6 } },
    ]);
    expect(warnings.map((w) => w.path)).toEqual(["/widgets/0", "/widgets/1"]);
  });

  it("turns two-element annotation arrays into bands", () => {
    const properties = {
      region: "r",
      metrics: [CPU],
      annotations: {
        horizontal: [[{ value: 10, label: "ok" }, { value: 20 }], { value: 90, fill: "above" }],
        vertical: [{ value: "2024-01-01T00:00:00Z", label: "deploy" }],
      },
    };
    const w = metricWidget(
      ok(importCloudWatchDashboard({ widgets: [{ type: "metric", properties }] }, OPTS)).document,
      0,
    );
    expect(w.annotations).toEqual({
      horizontal: [
        { kind: "band", from: { value: 10, label: "ok" }, to: { value: 20 } },
        { kind: "line", value: 90, fill: "above" },
      ],
      vertical: [{ kind: "line", value: "2024-01-01T00:00:00Z", label: "deploy" }],
    });
  });

  it("reads absolute ranges and falls back (with a warning) on unusable ones", () => {
    const absolute = ok(
      importCloudWatchDashboard(
        { widgets: [], start: "2024-01-01T00:00:00Z", end: "2024-01-02T00:00:00Z" },
        OPTS,
      ),
    );
    expect(absolute.document.defaultRange).toEqual({
      type: "absolute",
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2024, 0, 2),
    });
    expect(ok(importCloudWatchDashboard({ widgets: [], start: "-P3M" }, OPTS)).document.defaultRange).toEqual(
      {
        type: "relative",
        duration: "P3M",
      },
    );
    const weird = ok(importCloudWatchDashboard({ widgets: [], start: "-PT10S" }, OPTS));
    expect(weird.document.defaultRange).toEqual({ type: "relative", duration: "PT3H" });
    expect(weird.warnings).toEqual([{ path: "/start", message: expect.stringContaining("3 hours") }]);
    expect(weird.document.sourceTime).toEqual({ start: "-PT10S" });
  });

  it("narrows a widget that runs past the grid", () => {
    const result = ok(
      importCloudWatchDashboard(
        { widgets: [{ type: "text", x: 20, y: 0, width: 8, properties: { markdown: "" } }] },
        OPTS,
      ),
    );
    expect(widget(result.document, 0).position).toEqual({ x: 20, y: 0, w: 4, h: 6 });
    expect(result.warnings.map((w) => w.path)).toEqual(["/widgets/0/width"]);
  });

  it("keeps unknown keys at every level for export", () => {
    const input = {
      widgets: [
        {
          type: "metric",
          properties: { region: "r", sparkles: 1, metrics: [[...CPU, { unit: "Percent" }]] },
        },
      ],
      theme: "dark",
    };
    const { document } = ok(importCloudWatchDashboard(input, OPTS));
    expect(document.extra).toEqual({ theme: "dark" });
    const w = metricWidget(document, 0);
    expect(w.extra).toEqual({ properties: { sparkles: 1 } });
    expect(w.metrics[0]?.extra).toEqual({ unit: "Percent" });
  });
});

describe("import reports what it refuses where the user can find it (issue 9 item 5)", () => {
  it("gives the line and column of a JSON syntax error", () => {
    const result = importCloudWatchDashboard('{\n  "widgets": [\n    { "type": "text" "x": 0 }\n  ]\n}', {
      defaultRegion: "us-east-1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/line 3, column 22/);
  });

  it("refuses invalid Metric Math with its widget, row and the user's id and position", () => {
    const body = {
      widgets: [
        { type: "text", properties: { markdown: "hi" } },
        {
          type: "metric",
          properties: {
            region: "us-east-1",
            metrics: [
              ["AWS/EC2", "CPUUtilization", "InstanceId", "i-1", { id: "m1" }],
              [{ expression: "m1 + (", id: "e1" }],
            ],
          },
        },
      ],
    };
    const result = importCloudWatchDashboard(body, { defaultRegion: "us-east-1" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: "/widgets/1/properties/metrics/1",
        message: expect.stringMatching(/^widgets\[1\]\.metrics\[1\]\.expression: e1: .*position 6/),
      },
    ]);
  });
});
