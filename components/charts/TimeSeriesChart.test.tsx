import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ChartSeries } from "@/lib/charts/series-model";
import { TimeSeriesChart } from "./TimeSeriesChart";

// recharts 3 draws its SVG only in the browser (after effects), so server rendering checks the parts this
// component owns: the legend and the plot container. Drawing, hover and drag-to-zoom were checked in Chromium.

const START = Date.UTC(2024, 4, 1);

function makeSeries(count: number): ChartSeries[] {
  const timestamps = [START / 1000, START / 1000 + 60];
  return Array.from({ length: count }, (_, k) => ({
    key: `s${k}`,
    id: `id${k}`,
    label: `Series ${k}`,
    color: k === 0 ? "#1f77b4" : "#ff7f0e",
    axis: "left",
    queryId: `m${k}`,
    accountId: "1",
    region: "us-east-1",
    period: 60,
    timestamps,
    values: [1, 2],
  }));
}

const range = { start: START, end: START + 3_600_000 };

describe("TimeSeriesChart (server render)", () => {
  it("lists every series in the legend as a pressed toggle button", () => {
    const html = renderToStaticMarkup(
      <TimeSeriesChart kind="line" series={makeSeries(2)} range={range} timezone="UTC" />,
    );
    expect(html.match(/data-testid="legend-item"/g)).toHaveLength(2);
    expect(html.match(/<button type="button"[^>]*aria-pressed="true"/g)).toHaveLength(2);
    expect(html).toContain("Series 1");
    expect(html).toContain("background:#ff7f0e");
  });

  it("hides the legend on request", () => {
    const html = renderToStaticMarkup(
      <TimeSeriesChart kind="area" series={makeSeries(2)} range={range} timezone="UTC" legend="hidden" />,
    );
    expect(html).not.toContain("legend-item");
  });

  it("renders nothing of the legend without series", () => {
    const html = renderToStaticMarkup(
      <TimeSeriesChart kind="bar" series={[]} range={range} timezone="UTC" />,
    );
    expect(html).not.toContain("<ul");
  });
});

describe("TimeSeriesChart with live data (issue 9 item 3)", () => {
  it("says the newest points are still filling when the server marks them", () => {
    const [series] = makeSeries(1);
    const live = { ...(series as ChartSeries), incompleteFrom: START / 1000 + 60 };
    const html = renderToStaticMarkup(
      <TimeSeriesChart kind="line" series={[live]} range={range} timezone="UTC" />,
    );
    expect(html).toContain('data-testid="incomplete-note"');
    const complete = renderToStaticMarkup(
      <TimeSeriesChart kind="line" series={makeSeries(1)} range={range} timezone="UTC" />,
    );
    expect(complete).not.toContain("incomplete-note");
  });
});
