import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TimeRangePicker } from "./TimeRangePicker";
import { ZoomControls } from "./ZoomControls";

// The picker's parsing and zone logic is tested in lib/time-picker/time-picker-model.test.ts; its interaction
// (presets, custom, absolute, zone search, Escape) was checked in Chromium.

describe("TimeRangePicker (server render)", () => {
  it("summarises the range, zone and refresh on a closed dialog button", () => {
    const html = renderToStaticMarkup(
      <TimeRangePicker
        value={{ type: "relative", duration: "PT3H" }}
        timezone="UTC"
        refresh="1m"
        onChange={() => {}}
      />,
    );
    expect(html).toContain("Last 3 hours");
    expect(html).toContain("UTC");
    expect(html).toContain("⟳ 1m");
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('role="dialog"');
  });

  it("writes absolute ranges in the chosen zone", () => {
    const html = renderToStaticMarkup(
      <TimeRangePicker
        value={{ type: "absolute", start: Date.UTC(2024, 4, 1, 9), end: Date.UTC(2024, 4, 1, 17, 30) }}
        timezone="America/New_York"
        refresh="off"
        onChange={() => {}}
      />,
    );
    expect(html).toContain("2024-05-01 05:00 → 13:30");
    expect(html).not.toContain("⟳");
  });
});

describe("ZoomControls", () => {
  it("disables what cannot be done", () => {
    const html = renderToStaticMarkup(
      <ZoomControls onBack={() => {}} onReset={() => {}} canGoBack={false} canReset />,
    );
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="zoom-back"/);
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*data-testid="zoom-reset"/);
  });
});
