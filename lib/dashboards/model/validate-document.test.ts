import { describe, expect, it } from "vitest";
import { createEmptyDocument } from "./new-document";
import { formatIssuePath, validateDocument } from "./validate-document";

function metric(id: string, stat = "Average") {
  return {
    kind: "metric",
    id,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    dimensions: [],
    stat,
    visible: true,
  };
}

function lineWidget(id: string, metrics: unknown[], extra: Record<string, unknown> = {}) {
  return { id, type: "line", position: { x: 0, y: 0, w: 6, h: 6 }, region: "us-east-1", metrics, ...extra };
}

function withWidgets(...widgets: unknown[]) {
  return { ...createEmptyDocument(), widgets };
}

function errorsOf(input: unknown) {
  const result = validateDocument(input);
  return result.ok ? [] : result.errors;
}

describe("validateDocument", () => {
  it("accepts a new empty document and a typical one", () => {
    expect(validateDocument(createEmptyDocument("Ops")).ok).toBe(true);
    const document = withWidgets(
      lineWidget("w1", [
        metric("m1"),
        { kind: "expression", id: "e1", expression: "m1 * 100", visible: true },
      ]),
      { id: "w2", type: "text", position: { x: 6, y: 0, w: 18, h: 2 }, markdown: "**hi**" },
    );
    expect(errorsOf(document)).toEqual([]);
  });

  it("points at the widget, the query and the field", () => {
    const widgets = [
      lineWidget("w1", [metric("m1")]),
      lineWidget("w2", [metric("m1")]),
      lineWidget("w3", [metric("m1")]),
      lineWidget("w4", [metric("m1"), metric("m2"), metric("m3", "Median")]),
    ];
    expect(errorsOf(withWidgets(...widgets))).toEqual([
      { path: "widgets[3].metrics[2].stat", message: expect.stringContaining("Unknown statistic") },
    ]);
  });

  it.each([
    [lineWidget("w1", [], { position: { x: 24, y: 0, w: 1, h: 1 } }), "widgets[0].position.x"],
    [lineWidget("w1", [], { position: { x: 20, y: 0, w: 6, h: 1 } }), "widgets[0].position.w"],
    [lineWidget("w1", [], { position: { x: 0, y: 0, w: 6, h: 1001 } }), "widgets[0].position.h"],
    [lineWidget("w1", [{ ...metric("M1") }]), "widgets[0].metrics[0].id"],
    [lineWidget("w1", [{ ...metric("m1"), period: 45 }]), "widgets[0].metrics[0].period"],
    [lineWidget("w1", [metric("m1"), metric("m1")]), "widgets[0].metrics[1].id"],
    [lineWidget("w1", [], { region: "" }), "widgets[0].region"],
    [lineWidget("w1", [], { surprise: true }), "widgets[0]"],
    [{ ...lineWidget("w1", []), type: "gauge" }, "widgets[0].yAxis.left"],
    [lineWidget("w1", [], { yAxis: { right: { min: 5, max: 1 } } }), "widgets[0].yAxis.right.max"],
    [{ id: "w1", type: "sparkle", position: { x: 0, y: 0, w: 1, h: 1 } }, "widgets[0].type"],
    [
      {
        id: "w1",
        type: "logs",
        position: { x: 0, y: 0, w: 1, h: 1 },
        region: "r",
        query: "SOURCE 'a' | x",
        logGroups: ["b"],
      },
      "widgets[0].logGroups",
    ],
  ])("rejects %j at %s", (widget, path) => {
    expect(errorsOf(withWidgets(widget)).map((e) => e.path)).toContain(path);
  });

  it("rejects duplicate widget ids, variable ids and variable properties", () => {
    const variable = { id: "v", type: "property", property: "InstanceId", inputType: "input" };
    const document = {
      ...withWidgets(lineWidget("w1", []), lineWidget("w1", [])),
      variables: [variable, { ...variable }],
    };
    expect(errorsOf(document).map((e) => e.path)).toEqual([
      "widgets[1].id",
      "variables[1].id",
      "variables[1].property",
    ]);
  });

  it("checks the document's own fields", () => {
    const base = createEmptyDocument();
    expect(errorsOf({ ...base, schemaVersion: 3 }).map((e) => e.path)).toEqual(["schemaVersion"]);
    expect(errorsOf({ ...base, defaultRefresh: "2m" }).map((e) => e.path)).toEqual(["defaultRefresh"]);
    expect(errorsOf({ ...base, timezone: "Mars/Base" }).map((e) => e.path)).toEqual(["timezone"]);
    expect(
      errorsOf({ ...base, defaultRange: { type: "relative", duration: "PT1S" } }).map((e) => e.path),
    ).toEqual(["defaultRange.duration"]);
    expect(
      errorsOf({ ...base, variables: [{ id: "v", type: "pattern", inputType: "radio" }] }).map((e) => e.path),
    ).toEqual(["variables[0].pattern"]);
    expect(errorsOf({ ...base, defaultAccountId: "12345" }).map((e) => e.path)).toEqual(["defaultAccountId"]);
    expect(errorsOf("nope")).toEqual([{ path: "", message: expect.any(String) }]);
  });

  it("limits metrics per dashboard", () => {
    const metrics = Array.from({ length: 500 }, (_, i) => metric(`m${i}`));
    const widgets = Array.from({ length: 6 }, (_, i) => lineWidget(`w${i}`, metrics));
    expect(errorsOf(withWidgets(...widgets))).toEqual([
      { path: "widgets", message: expect.stringContaining("2500") },
    ]);
  });
});

describe("formatIssuePath", () => {
  it("writes JavaScript-style paths", () => {
    expect(formatIssuePath(["widgets", 3, "metrics", 2, "stat"])).toBe("widgets[3].metrics[2].stat");
    expect(formatIssuePath([])).toBe("");
    expect(formatIssuePath([0, "a"])).toBe("[0].a");
  });
});

describe("validateDocument checks Metric Math with the shared engine (issue 9 items 5 and 7)", () => {
  it("refuses a saved expression `m1+` at its widget and row, in the user's terms", () => {
    const document = {
      ...createEmptyDocument(),
      widgets: [
        {
          type: "line",
          id: "w1",
          position: { x: 0, y: 0, w: 6, h: 6 },
          region: "us-east-1",
          metrics: [
            {
              kind: "metric",
              id: "m1",
              namespace: "AWS/EC2",
              metricName: "CPUUtilization",
              dimensions: [],
              stat: "Average",
              visible: false,
            },
            { kind: "expression", id: "e1", expression: "m1+", visible: true },
          ],
        },
      ],
    };
    expect(errorsOf(document)).toEqual([
      { path: "widgets[0].metrics[1].expression", message: expect.stringMatching(/^e1: .*position 3/) },
    ]);
  });
});
