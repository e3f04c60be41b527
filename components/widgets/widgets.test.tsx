import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MetricWidget } from "@/lib/dashboards/model";
import type {
  PanelJson,
  QueryProblemJson as QueryProblem,
  SeriesJson as SeriesData,
} from "@/lib/contracts/metrics-query";

type PanelResult = Omit<PanelJson, "period" | "reads">;
import { MetricWidgetView } from "./MetricWidgetView";
import { TextWidgetView } from "./TextWidgetView";
import { UnsupportedWidgetView } from "./UnsupportedWidgetView";

// Server rendering of the widget states and the renderers that are plain HTML/SVG (number, gauge, bar,
// table, text). Charts drawn by recharts are checked in the browser instead.

const START = Date.UTC(2024, 4, 1);
const range = { start: START, end: START + 3_600_000 };

function widget(type: MetricWidget["type"], extra: Partial<MetricWidget> = {}): MetricWidget {
  return {
    type,
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
      { kind: "expression", id: "e1", expression: "m1 * 2", visible: true },
    ],
    ...extra,
  } as MetricWidget;
}

function series(queryId: string, values: number[]): SeriesData {
  return {
    queryId,
    label: `${queryId} label`,
    accountId: "111111111111",
    region: "us-east-1",
    period: 60,
    timestamps: values.map((_, i) => START / 1000 + i * 60),
    values,
  };
}

const denied: QueryProblem = {
  queryId: "e1",
  accountId: "222222222222",
  region: "eu-west-1",
  failure: {
    kind: "access-denied",
    code: "AccessDenied",
    message: "not authorized to GetMetricData",
    retryable: false,
  },
};

function result(partial: Partial<PanelResult>): PanelResult {
  return { key: "w1", series: [], errors: [], warnings: [], ...partial };
}

function render(props: Partial<Parameters<typeof MetricWidgetView>[0]> & { widget: MetricWidget }): string {
  return renderToStaticMarkup(<MetricWidgetView range={range} timezone="UTC" {...props} />);
}

function stateOf(html: string): string | undefined {
  return /data-testid="widget-state" data-state="([a-z]+)"/.exec(html)?.[1];
}

describe("MetricWidgetView states", () => {
  it("shows a skeleton while loading, with the widget's test id, title and period", () => {
    const html = render({ widget: widget("line"), periodSeconds: 300 });
    expect(stateOf(html)).toBe("loading");
    expect(html).toContain('data-testid="widget-w1"');
    expect(html).toContain("Requests");
    expect(html).toMatch(/data-testid="widget-period"[^>]*>5m</);
  });

  it("says there is no data in the range", () => {
    const html = render({ widget: widget("line"), result: result({ series: [series("m1", [])] }) });
    expect(stateOf(html)).toBe("empty");
    expect(html).toContain("No data in this time range");
  });

  it("shows AWS's message with account and Region when every query failed", () => {
    const html = render({ widget: widget("line"), result: result({ errors: [denied] }) });
    expect(stateOf(html)).toBe("error");
    expect(html).toContain("AccessDenied: not authorized to GetMetricData");
    expect(html).toContain("222222222222 · eu-west-1");
  });

  it("shows a request failure when there is no result", () => {
    const html = render({ widget: widget("line"), requestError: "Failed to fetch" });
    expect(stateOf(html)).toBe("error");
    expect(html).toContain("Failed to fetch");
  });

  it("draws what loaded and notes the failed query", () => {
    const html = render({
      widget: widget("number"),
      result: result({ series: [series("m1", [5, 7])], errors: [denied], warnings: ["ArithmeticError"] }),
    });
    expect(stateOf(html)).toBe("partial");
    expect(html).toContain("1 query failed");
    expect(html).toContain("not authorized");
    expect(html).toContain("1 warning");
    expect(html).toMatch(/data-testid="number-value"[^>]*>7</);
  });

  it("badges stale data with the time it is from", () => {
    const html = render({
      widget: widget("number"),
      result: result({ series: [series("m1", [5])] }),
      staleSince: Date.UTC(2024, 4, 1, 9, 30),
      staleReason: "HTTP 502",
    });
    expect(html).toContain('data-stale="true"');
    expect(html).toContain("showing data from 09:30, refresh failed");
  });
});

describe("MetricWidgetView renderers", () => {
  it("number: latest value with SI suffix, trend and sparkline", () => {
    const html = render({
      widget: widget("number", { sparkline: true }),
      result: result({ series: [series("m1", [1000, 1500])] }),
    });
    expect(html).toMatch(/data-testid="number-value"[^>]*>1\.5<span[^>]*>k</);
    expect(html).toContain("+500 (+50%)");
    expect(html).toContain('<path d="M');
  });

  it("number: whole-range value combined per statistic", () => {
    const html = render({
      widget: widget("number", { setPeriodToTimeRange: true }),
      result: result({ series: [series("m1", [1, 2, 3])] }),
    });
    expect(html).toMatch(/data-testid="number-value"[^>]*>6</);
  });

  it("gauge: value within the yAxis.left range", () => {
    const html = render({
      widget: widget("gauge", { yAxis: { left: { min: 0, max: 10 } } }),
      result: result({ series: [series("m1", [4, 7.5])] }),
    });
    expect(html).toContain('aria-label="m1 label: 7.5 (range 0 to 10)"');
  });

  it("bar: one bar per series", () => {
    const html = render({
      widget: widget("bar"),
      result: result({ series: [series("m1", [10]), series("e1", [20])] }),
    });
    expect(html).toContain("width:50%");
    expect(html).toContain("width:100%");
  });

  it("table: series rows with summary columns", () => {
    const html = render({
      widget: widget("table", { table: { summaryColumns: ["MIN", "MAX"] } }),
      result: result({ series: [series("m1", [3, 9])] }),
    });
    expect(html).toContain(">Min</th>");
    expect(html).toContain("<td>3</td><td>9</td>");
  });

  it("drops series of invisible queries", () => {
    const w = widget("table");
    const hidden = {
      ...w,
      metrics: w.metrics.map((q) => (q.id === "m1" ? { ...q, visible: false } : q)),
    } as MetricWidget;
    const html = render({
      widget: hidden,
      result: result({ series: [series("m1", [1]), series("e1", [2])] }),
    });
    expect(html).not.toContain("m1 label");
    expect(html).toContain("e1 label");
  });
});

describe("TextWidgetView", () => {
  const text = (markdown: string) =>
    renderToStaticMarkup(
      <TextWidgetView widget={{ type: "text", id: "t1", position: { x: 0, y: 0, w: 6, h: 2 }, markdown }} />,
    );

  it("renders GitHub-flavoured Markdown", () => {
    const html = text("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<table>");
  });

  it("drops raw HTML and unsafe link targets", () => {
    const html = text('<script>alert(1)</script><img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });

  it("opens links in a new tab and draws CloudWatch button links as buttons", () => {
    const html = text("[Docs](https://example.com) [button:primary:Deploy](https://example.com/d)");
    expect(html).toContain('href="https://example.com" target="_blank" rel="noopener noreferrer"');
    expect(html).toMatch(/class="[^"]*linkButton[^" ]* [^"]*linkButtonPrimary[^"]*">Deploy<\/a>/);
    expect(html).toMatch(/rel="noopener noreferrer">Docs<\/a>/);
    expect(html).not.toContain("button:primary");
  });
});

describe("UnsupportedWidgetView", () => {
  it("names the CloudWatch type and says it is kept for export", () => {
    const html = renderToStaticMarkup(
      <UnsupportedWidgetView
        widget={{
          type: "unsupported",
          id: "u1",
          position: { x: 0, y: 0, w: 6, h: 6 },
          reason: "Custom (Lambda-backed) widgets are not supported",
          original: { type: "custom" },
        }}
      />,
    );
    expect(html).toContain("CloudWatch widget type custom is not supported; kept for export");
    expect(html).toContain('data-state="unsupported"');
  });
});

describe("math with failed inputs (issue 9 item 2)", () => {
  const incomplete: QueryProblem = {
    queryId: "e1",
    accountId: "111111111111",
    region: "us-east-1",
    failure: {
      kind: "throttled",
      code: "IncompleteInputs",
      message: "e1 is not drawn: its input m2 (111111111111, eu-west-1): Throttling: Rate exceeded",
      retryable: true,
    },
  };

  it("says in the open, not in a collapsed footnote, which input failed and where", () => {
    const html = render({
      widget: widget("line"),
      result: result({ series: [series("m1", [5, 7])], errors: [incomplete] }),
    });
    expect(stateOf(html)).toBe("partial");
    expect(html).toMatch(/data-testid="widget-incomplete"[^>]*>.*e1 is not drawn.*eu-west-1.*Rate exceeded/);
    expect(html).not.toContain("<details");
  });

  it("never draws pie shares from a subset of its queries", () => {
    const html = render({
      widget: widget("pie"),
      result: result({ series: [series("m1", [5, 7])], errors: [denied] }),
    });
    expect(stateOf(html)).toBe("error");
    expect(html).not.toMatch(/100(\.0)?\s*%/);
  });
});
