import { describe, expect, it } from "vitest";
import { normalizeCloudWatchBody } from "./normalize-body";

const OPTS = { defaultRegion: "us-east-1" };

function metricBody(
  properties: Record<string, unknown>,
  widget: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) {
  return {
    widgets: [{ type: "metric", x: 0, y: 0, properties: { region: "us-east-1", ...properties }, ...widget }],
    ...top,
  };
}

function same(a: unknown, b: unknown) {
  expect(normalizeCloudWatchBody(a, OPTS)).toEqual(normalizeCloudWatchBody(b, OPTS));
}

function different(a: unknown, b: unknown) {
  expect(normalizeCloudWatchBody(a, OPTS)).not.toEqual(normalizeCloudWatchBody(b, OPTS));
}

const CPU = ["AWS/EC2", "CPUUtilization", "InstanceId", "i-1"];

describe("normalizeCloudWatchBody: equivalent spellings", () => {
  it("expands shorthand", () => {
    same(
      metricBody({ metrics: [CPU, [".", "NetworkIn", ".", "."], ["...", "i-2"]] }),
      metricBody({
        metrics: [
          CPU,
          ["AWS/EC2", "NetworkIn", "InstanceId", "i-1"],
          ["AWS/EC2", "NetworkIn", "InstanceId", "i-2"],
        ],
      }),
    );
  });

  it("applies widget and CloudWatch defaults to rows", () => {
    same(
      metricBody({ stat: "Sum", metrics: [CPU] }),
      metricBody({
        stat: "Sum",
        period: 300,
        view: "timeSeries",
        stacked: false,
        metrics: [
          [...CPU, { stat: "Sum", id: "m1", visible: true, yAxis: "left", period: 300, region: "us-east-1" }],
        ],
      }),
    );
    same(metricBody({ metrics: [CPU] }), metricBody({ metrics: [[...CPU, { stat: "Average" }]] }));
  });

  it("writes generated ids", () => {
    same(
      metricBody({ metrics: [[{ expression: "SUM(METRICS())" }], CPU] }),
      metricBody({ metrics: [[{ expression: "SUM(METRICS())", id: "e1" }], [...CPU, { id: "m1" }]] }),
    );
  });

  it("fills positions, sizes and the default range", () => {
    same(
      { widgets: [{ type: "text", properties: { markdown: "" } }] },
      {
        start: "-PT3H",
        variables: [],
        widgets: [{ type: "text", x: 0, y: 0, width: 6, height: 6, properties: { markdown: "" } }],
      },
    );
    same({ widgets: [], start: "-9H" }, { widgets: [], start: "-PT9H" });
    same(
      { widgets: [], start: "2024-01-01T00:00:00Z", end: "2024-01-02T00:00:00Z" },
      {
        widgets: [],
        start: "2024-01-01T00:00:00.000Z",
        end: "2024-01-02T00:00:00.000Z",
      },
    );
  });

  it("uses the caller's default region for widgets without one", () => {
    same({ widgets: [{ type: "metric", properties: { metrics: [CPU] } }] }, metricBody({ metrics: [CPU] }));
  });
});

describe("normalizeCloudWatchBody: different meanings stay different", () => {
  it.each([
    ["statistic", metricBody({ metrics: [[...CPU, { stat: "Sum" }]] })],
    ["dimension value", metricBody({ metrics: [["AWS/EC2", "CPUUtilization", "InstanceId", "i-2"]] })],
    ["region", metricBody({ metrics: [CPU], region: "eu-west-1" })],
    ["label", metricBody({ metrics: [[...CPU, { label: "cpu" }]] })],
    ["unknown key", metricBody({ metrics: [CPU], glitter: true })],
    ["stacking", metricBody({ metrics: [CPU], stacked: true })],
    ["position", metricBody({ metrics: [CPU] }, { x: 6 })],
    ["range", metricBody({ metrics: [CPU] }, {}, { start: "-PT1H" })],
  ])("%s", (_name, changed) => {
    different(metricBody({ metrics: [CPU] }), changed);
  });
});

describe("normalizeCloudWatchBody: robustness", () => {
  it("is idempotent", () => {
    const body = metricBody({ metrics: [CPU, ["...", "i-2", { stat: "p99" }], [{ expression: "m1" }]] });
    const once = normalizeCloudWatchBody(body, OPTS);
    expect(normalizeCloudWatchBody(once, OPTS)).toEqual(once);
  });

  it("accepts text and leaves non-bodies and unreadable rows alone", () => {
    expect(normalizeCloudWatchBody(JSON.stringify({ widgets: [] }))).toEqual({
      widgets: [],
      start: "-PT3H",
      variables: [],
    });
    expect(normalizeCloudWatchBody("{")).toBe("{");
    expect(normalizeCloudWatchBody([1, 2])).toEqual([1, 2]);
    const broken = metricBody({ metrics: [[".", "X"]] });
    const normalized = normalizeCloudWatchBody(broken, OPTS);
    expect(JSON.stringify(normalized)).toContain('[".","X"]');
  });

  it("does not modify its input", () => {
    const body = metricBody({ metrics: [CPU] });
    const copy = structuredClone(body);
    normalizeCloudWatchBody(body, OPTS);
    expect(body).toEqual(copy);
  });
});
