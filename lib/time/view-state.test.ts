import { describe, expect, it } from "vitest";
import { REFRESH_INTERVALS, parseRefreshInterval, refreshIntervalMs } from "./refresh";
import { decodeViewState, encodeViewState, shareViewState, type ViewState } from "./view-state";

function roundTrip(state: ViewState): ViewState {
  // Through the string form, as a copied URL would travel.
  const text = encodeViewState(state).toString();
  const decoded = decodeViewState(new URLSearchParams(text));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.value;
}

function reason(query: string): string {
  const decoded = decodeViewState(new URLSearchParams(query));
  if (decoded.ok) throw new Error(`accepted ${query}`);
  return decoded.reason;
}

describe("view state URL codec", () => {
  it.each<ViewState>([
    { vars: {} },
    { range: { type: "relative", duration: "PT3H" }, vars: {} },
    { range: { type: "relative", duration: "P1DT12H" }, tz: "UTC", refresh: "1m", vars: {} },
    { range: { type: "relative", duration: "P3M" }, vars: {} },
    {
      range: { type: "absolute", start: 1_714_521_600_123, end: 1_714_608_000_999 },
      tz: "America/New_York",
      refresh: "off",
      vars: { region: "eu-west-1", "Bucket Name": "a&b=c/d?e#f", empty: "", __proto__x: "x" },
    },
    { tz: "local", vars: { ["__proto__"]: "still a key" } },
  ])("round-trips %j exactly", (state) => {
    expect(roundTrip(state)).toEqual(state);
  });

  it("keeps a variable called __proto__ as an own key", () => {
    const decoded = decodeViewState(new URLSearchParams("var-__proto__=x"));
    expect(decoded.ok && Object.keys(decoded.value.vars)).toEqual(["__proto__"]);
  });

  it("writes relative ranges as now-<duration> and is stable", () => {
    const params = encodeViewState({
      range: { type: "relative", duration: "PT3H" },
      refresh: "5m",
      vars: { b: "2", a: "1" },
    });
    expect(params.toString()).toBe("from=now-3h&to=now&refresh=5m&var-a=1&var-b=2");
  });

  it("ignores parameters it does not own", () => {
    const decoded = decodeViewState(new URLSearchParams("kiosk=1&from=now-1h&to=now"));
    expect(decoded).toEqual({ ok: true, value: { range: { type: "relative", duration: "PT1H" }, vars: {} } });
  });

  it.each([
    ["refresh=7s", "not one of"],
    ["tz=Nowhere/City", "time zone"],
    ["to=now", "needs"],
    ["from=yesterday&to=now", "now-<duration>"],
    ["from=now-banana&to=now", "not a duration"],
    ["from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z", "before"],
    ["from=2024-05-01T00:00:00Z&to=later", "not a time"],
    ["from=now-1h&from=now-2h&to=now", "appears 2 times"],
    ["var-=1", "no variable name"],
    ["var-a=1&var-a=2", "more than once"],
    ["from=now-10s&to=now", "at least"],
  ])("rejects %s", (query, expected) => {
    expect(reason(query)).toContain(expected);
  });
});

describe("refresh intervals", () => {
  it("offers off, 10s, 1m, 5m, 15m", () => {
    expect(REFRESH_INTERVALS).toEqual(["off", "10s", "1m", "5m", "15m"]);
    expect(refreshIntervalMs("off")).toBeNull();
    expect(refreshIntervalMs("10s")).toBe(10_000);
    expect(refreshIntervalMs("15m")).toBe(900_000);
    expect(parseRefreshInterval("5m")).toEqual({ ok: true, value: "5m" });
    expect(parseRefreshInterval("2m").ok).toBe(false);
  });
});

describe("shareViewState", () => {
  it("freezes the visible range and keeps the rest", () => {
    const now = Date.UTC(2024, 4, 1, 12);
    const shared = shareViewState(
      { range: { type: "relative", duration: "PT1H" }, tz: "UTC", vars: { a: "1" } },
      now,
      {
        type: "relative",
        duration: "P1D",
      },
      "Asia/Kolkata",
    );
    expect(shared).toEqual({
      range: { type: "absolute", start: now - 3_600_000, end: now },
      tz: "UTC",
      vars: { a: "1" },
    });
    const onDefault = shareViewState({ vars: {} }, now, { type: "relative", duration: "P1D" }, "UTC");
    expect(onDefault.range).toEqual({ type: "absolute", start: now - 86_400_000, end: now });
    const text = encodeViewState(shared).toString();
    expect(text).toBe("from=2024-05-01T11%3A00%3A00.000Z&to=2024-05-01T12%3A00%3A00.000Z&tz=UTC&var-a=1");
  });
});

describe("shareViewState always carries the zone (issue 9 item 6)", () => {
  const now = Date.UTC(2024, 4, 1, 12);
  it("writes the zone in effect when the view uses the default", () => {
    const shared = shareViewState(
      { vars: {} },
      now,
      { type: "relative", duration: "PT3H" },
      "America/New_York",
    );
    expect(shared.tz).toBe("America/New_York");
    expect(shared.range).toEqual({ type: "absolute", start: now - 3 * 3_600_000, end: now });
  });

  it("turns the viewer's local zone into its IANA name", () => {
    const shared = shareViewState({ vars: {} }, now, { type: "relative", duration: "PT3H" }, "local");
    expect(shared.tz).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(shared.tz).not.toBe("local");
  });
});
