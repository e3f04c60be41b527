import { describe, expect, it } from "vitest";
import { checkCloudWatchBody, validateCloudWatchBody } from "./validate-body";

function metricWidget(properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    type: "metric",
    x: 0,
    y: 0,
    width: 6,
    height: 6,
    properties: { region: "us-east-1", ...properties },
    ...extra,
  };
}

function body(...widgets: unknown[]) {
  return { widgets };
}

const CPU = ["AWS/EC2", "CPUUtilization", "InstanceId", "i-1"];

describe("validateCloudWatchBody", () => {
  it("accepts a minimal valid body (string or object)", () => {
    const valid = body(metricWidget({ metrics: [CPU] }));
    expect(validateCloudWatchBody(valid)).toEqual([]);
    expect(validateCloudWatchBody(JSON.stringify(valid))).toEqual([]);
    expect(validateCloudWatchBody({ widgets: [] })).toEqual([]);
  });

  it("does not report a clash between an explicit id and one it would generate", () => {
    expect(validateCloudWatchBody(body(metricWidget({ metrics: [CPU, [...CPU, { id: "m1" }]] })))).toEqual(
      [],
    );
  });

  it.each([
    ["not JSON", "{widgets: [", "", "The field DashboardBody must be a valid JSON object"],
    ["a JSON array", "[]", "", "The field DashboardBody must be a valid JSON object"],
    ["no widgets", {}, "", "Should have required property 'widgets'"],
    ["widgets not an array", { widgets: {} }, "/widgets", "Should be array"],
    ["widget not an object", body(7), "/widgets/0", "Should be object"],
    ["widget without type", body({ properties: {} }), "/widgets/0", "Should have required property 'type'"],
    [
      "unknown widget type",
      body({ type: "chart", properties: {} }),
      "/widgets/0/type",
      "Should be equal to one of the allowed values",
    ],
    ["x out of range", body(metricWidget({ metrics: [CPU] }, { x: 24 })), "/widgets/0/x", "Should be <= 23"],
    ["negative y", body(metricWidget({ metrics: [CPU] }, { y: -1 })), "/widgets/0/y", "Should be >= 0"],
    [
      "fractional width",
      body(metricWidget({ metrics: [CPU] }, { width: 2.5 })),
      "/widgets/0/width",
      "Should be integer",
    ],
    [
      "height too big",
      body(metricWidget({ metrics: [CPU] }, { height: 1001 })),
      "/widgets/0/height",
      "Should be <= 1000",
    ],
    [
      "metrics not an array",
      body(metricWidget({ metrics: "cpu" })),
      "/widgets/0/properties/metrics",
      "Should be array",
    ],
    [
      "metric row not an array",
      body(metricWidget({ metrics: ["cpu"] })),
      "/widgets/0/properties/metrics/0",
      "array of array of strings",
    ],
    [
      "number in a metric row",
      body(metricWidget({ metrics: [["AWS/EC2", "CPUUtilization", "InstanceId", 42]] })),
      "/widgets/0/properties/metrics/0/3",
      'only "String"',
    ],
    [
      "object in the middle of a row",
      body(metricWidget({ metrics: [["AWS/EC2", { stat: "Sum" }, "CPUUtilization"]] })),
      "/widgets/0/properties/metrics/0/1",
      'only "String"',
    ],
    [
      "unknown stat",
      body(metricWidget({ metrics: [[...CPU, { stat: "Median" }]] })),
      "/widgets/0/properties/metrics/0/4/stat",
      'Unknown statistic "Median"',
    ],
    [
      "unknown widget stat",
      body(metricWidget({ stat: "avg", metrics: [CPU] })),
      "/widgets/0/properties/stat",
      'Unknown statistic "avg"',
    ],
    [
      "bad period",
      body(metricWidget({ metrics: [[...CPU, { period: 45 }]] })),
      "/widgets/0/properties/metrics/0/4/period",
      "multiple of 60",
    ],
    [
      "bad id",
      body(metricWidget({ metrics: [[...CPU, { id: "M1" }]] })),
      "/widgets/0/properties/metrics/0/4/id",
      "lowercase",
    ],
    [
      "duplicate id",
      body(
        metricWidget({
          metrics: [
            [...CPU, { id: "a" }],
            [...CPU, { id: "a" }],
          ],
        }),
      ),
      "/widgets/0/properties/metrics/1/4/id",
      'Duplicate metric id "a"',
    ],
    [
      "yAxis side",
      body(metricWidget({ metrics: [[...CPU, { yAxis: "middle" }]] })),
      "/widgets/0/properties/metrics/0/4/yAxis",
      "allowed values",
    ],
    [
      "dangling '.'",
      body(metricWidget({ metrics: [[".", "CPUUtilization"]] })),
      "/widgets/0/properties/metrics/0/0",
      "there is none",
    ],
    [
      "unknown view",
      body(metricWidget({ view: "heatmap", metrics: [CPU] })),
      "/widgets/0/properties/view",
      "allowed values",
    ],
    [
      "missing region",
      body({ type: "metric", properties: { metrics: [CPU] } }),
      "/widgets/0/properties",
      "Should have required property 'region'",
    ],
    [
      "gauge without range",
      body(metricWidget({ view: "gauge", metrics: [CPU], yAxis: { left: { min: 0 } } })),
      "/widgets/0/properties/yAxis/left",
      "Should have required property 'max'",
    ],
    [
      "legend position",
      body(metricWidget({ metrics: [CPU], legend: { position: "top" } })),
      "/widgets/0/properties/legend/position",
      "allowed values",
    ],
    [
      "axis min type",
      body(metricWidget({ metrics: [CPU], yAxis: { right: { min: "0" } } })),
      "/widgets/0/properties/yAxis/right/min",
      "Should be number",
    ],
    [
      "horizontal annotation value",
      body(metricWidget({ metrics: [CPU], annotations: { horizontal: [{ label: "x" }] } })),
      "/widgets/0/properties/annotations/horizontal/0",
      "required property 'value'",
    ],
    [
      "band with three edges",
      body(
        metricWidget({
          metrics: [CPU],
          annotations: { horizontal: [[{ value: 1 }, { value: 2 }, { value: 3 }]] },
        }),
      ),
      "/widgets/0/properties/annotations/horizontal/0",
      "two edges",
    ],
    [
      "vertical annotation time",
      body(metricWidget({ metrics: [CPU], annotations: { vertical: [{ value: "yesterday" }] } })),
      "/widgets/0/properties/annotations/vertical/0/value",
      "date-time",
    ],
    [
      "text without markdown",
      body({ type: "text", properties: {} }),
      "/widgets/0/properties",
      "required property 'markdown'",
    ],
    [
      "log without query",
      body({ type: "log", properties: { region: "us-east-1" } }),
      "/widgets/0/properties",
      "required property 'query'",
    ],
    [
      "log view",
      body({ type: "log", properties: { region: "us-east-1", query: "fields @message", view: "gauge" } }),
      "/widgets/0/properties/view",
      "allowed values",
    ],
    [
      "alarm without alarms",
      body({ type: "alarm", properties: { alarms: [] } }),
      "/widgets/0/properties/alarms",
      "fewer than 1",
    ],
    [
      "alarm state",
      body({ type: "alarm", properties: { alarms: ["arn:a"], states: ["BROKEN"] } }),
      "/widgets/0/properties/states/0",
      "allowed values",
    ],
    [
      "custom without endpoint",
      body({ type: "custom", properties: {} }),
      "/widgets/0/properties",
      "required property 'endpoint'",
    ],
    [
      "end without start",
      { widgets: [], end: "2024-01-01T00:00:00Z" },
      "",
      "property start when property end",
    ],
    ["periodOverride", { widgets: [], periodOverride: "sometimes" }, "/periodOverride", "allowed values"],
    [
      "variable without inputType",
      { widgets: [], variables: [{ type: "pattern", pattern: "x", id: "v" }] },
      "/variables/0",
      "required property 'inputType'",
    ],
    [
      "property variable without property",
      { widgets: [], variables: [{ type: "property", inputType: "input", id: "v" }] },
      "/variables/0",
      "required property 'property'",
    ],
  ])("rejects %s", (_name, input, dataPath, message) => {
    const errors = validateCloudWatchBody(input);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual({ dataPath, message: expect.stringContaining(message) });
  });

  it("rejects duplicated variable properties", () => {
    const variable = { type: "property", property: "InstanceId", inputType: "input" };
    const errors = validateCloudWatchBody({
      widgets: [],
      variables: [
        { ...variable, id: "a" },
        { ...variable, id: "b" },
      ],
    });
    expect(errors).toEqual([
      { dataPath: "/variables/1/property", message: 'Duplicated property in variable: "InstanceId"' },
    ]);
  });

  it("enforces the widget and metric quotas", () => {
    const many = {
      widgets: Array.from({ length: 501 }, () => ({ type: "text", properties: { markdown: "x" } })),
    };
    expect(validateCloudWatchBody(many)).toContainEqual({
      dataPath: "/widgets",
      message: "Should NOT have more than 500 items",
    });
    const rows = Array.from({ length: 501 }, (_, i) => ["NS", "M", "D", `v${i}`]);
    expect(validateCloudWatchBody(body(metricWidget({ metrics: rows })))).toContainEqual({
      dataPath: "/widgets/0/properties/metrics",
      message: "Should NOT have more than 500 items",
    });
    const widgets = Array.from({ length: 6 }, () => metricWidget({ metrics: rows.slice(0, 450) }));
    expect(validateCloudWatchBody({ widgets })).toContainEqual({
      dataPath: "/widgets",
      message: "The dashboard has 2700 metrics; at most 2500 are allowed",
    });
  });

  it("reports several problems at once", () => {
    const errors = validateCloudWatchBody(
      body(metricWidget({ metrics: [[...CPU, { stat: "bad" }]] }, { x: -1 }), { type: "text" }),
    );
    expect(errors.map((e) => e.dataPath)).toEqual([
      "/widgets/0/x",
      "/widgets/0/properties/metrics/0/4/stat",
      "/widgets/1",
    ]);
  });

  it("accepts alarm-only graphs without metrics or region", () => {
    const graph = {
      type: "metric",
      properties: { annotations: { alarms: ["arn:aws:cloudwatch:us-east-1:1:alarm:a"] } },
    };
    expect(validateCloudWatchBody(body(graph))).toEqual([]);
    expect(validateCloudWatchBody(body({ type: "metric", properties: {} }))).toContainEqual({
      dataPath: "/widgets/0/properties",
      message: "Should have required property 'metrics'",
    });
  });
});

describe("checkCloudWatchBody warnings and modes", () => {
  it("warns about keys it will ignore but accepts the body", () => {
    const check = checkCloudWatchBody({
      widgets: [metricWidget({ metrics: [CPU], sparkles: true }, { region: "x" })],
      theme: "dark",
    });
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((w) => w.dataPath)).toEqual([
      "/theme",
      "/widgets/0/region",
      "/widgets/0/properties/sparkles",
    ]);
  });

  it("warns when a widget runs past the last column", () => {
    const check = checkCloudWatchBody(body(metricWidget({ metrics: [CPU] }, { x: 20, width: 6 })));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([
      { dataPath: "/widgets/0/width", message: expect.stringContaining("narrowed to 4") },
    ]);
  });

  it("assumes the default width of 6 when checking the right edge", () => {
    const check = checkCloudWatchBody(body({ type: "text", x: 20, y: 0, properties: { markdown: "" } }));
    expect(check.warnings).toEqual([
      { dataPath: "/widgets/0/width", message: expect.stringContaining("narrowed to 4") },
    ]);
  });

  it("lets the importer keep unknown widget types and views", () => {
    const input = body(
      { type: "chart", properties: {} },
      metricWidget({ view: "heatmap", metrics: "anything" }),
    );
    expect(checkCloudWatchBody(input, "import").errors).toEqual([]);
    expect(checkCloudWatchBody(input, "putDashboard").errors.length).toBeGreaterThan(0);
  });

  it("does not require a region on import", () => {
    const input = body(
      { type: "metric", properties: { metrics: [CPU] } },
      { type: "log", properties: { query: "x" } },
    );
    expect(checkCloudWatchBody(input, "import").errors).toEqual([]);
  });
});
