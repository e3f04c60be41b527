import { describe, expect, it } from "vitest";
import { RANGE_PRESETS } from "@/lib/time";
import {
  absoluteFromLocalInputs,
  filterTimeZones,
  parseAbsoluteText,
  parseCustomRelative,
  parseDateTimeLocalValue,
  presetOptions,
  refreshLabel,
  sameRange,
  supportedTimeZones,
  toDateTimeLocalValue,
  zoneOptions,
} from "./time-picker-model";

describe("presetOptions", () => {
  it("offers every preset with an English label", () => {
    const presets = presetOptions();
    expect(presets.map((p) => p.short)).toEqual([...RANGE_PRESETS]);
    expect(presets.find((p) => p.short === "3h")?.label).toBe("Last 3 hours");
  });
});

describe("sameRange", () => {
  it("compares normalised ranges", () => {
    expect(sameRange({ type: "relative", duration: "PT3H" }, { type: "relative", duration: 10_800 })).toBe(
      true,
    );
    expect(sameRange({ type: "relative", duration: "PT3H" }, { type: "relative", duration: "PT1H" })).toBe(
      false,
    );
    expect(sameRange({ type: "absolute", start: 1, end: 2 }, { type: "absolute", start: 1, end: 2 })).toBe(
      true,
    );
  });
});

describe("parseCustomRelative", () => {
  it("accepts short and ISO durations", () => {
    expect(parseCustomRelative("36h")).toEqual({ ok: true, value: { type: "relative", duration: "PT36H" } });
    expect(parseCustomRelative("2w")).toEqual({ ok: true, value: { type: "relative", duration: "P2W" } });
  });

  it("explains what is wrong", () => {
    expect(parseCustomRelative("").ok).toBe(false);
    expect(parseCustomRelative("banana").ok).toBe(false);
    expect(parseCustomRelative("2024-05-01T00:00:00Z/2024-05-02T00:00:00Z")).toMatchObject({ ok: false });
  });
});

describe("parseAbsoluteText", () => {
  it("reads from/to with a slash or 'to'", () => {
    const expected = { type: "absolute", start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 2) };
    expect(parseAbsoluteText("2024-05-01T00:00Z/2024-05-02T00:00Z")).toEqual({ ok: true, value: expected });
    expect(parseAbsoluteText("2024-05-01T00:00:00Z to 2024-05-02T00:00:00Z")).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("rejects reversed or zone-less input", () => {
    expect(parseAbsoluteText("2024-05-02T00:00Z/2024-05-01T00:00Z").ok).toBe(false);
    expect(parseAbsoluteText("2024-05-01T00:00/2024-05-02T00:00").ok).toBe(false);
  });
});

describe("datetime-local values", () => {
  const instant = Date.UTC(2024, 6, 1, 12, 30);

  it("shows an instant as wall-clock time in the zone", () => {
    expect(toDateTimeLocalValue(instant, "UTC")).toBe("2024-07-01T12:30");
    expect(toDateTimeLocalValue(instant, "America/New_York")).toBe("2024-07-01T08:30");
    expect(toDateTimeLocalValue(instant + 5000, "UTC")).toBe("2024-07-01T12:30:05");
  });

  it("reads wall-clock time back in the zone", () => {
    expect(parseDateTimeLocalValue("2024-07-01T08:30", "America/New_York")).toEqual({
      ok: true,
      value: instant,
    });
    expect(parseDateTimeLocalValue("2024-07-01T12:30:05", "UTC")).toEqual({
      ok: true,
      value: instant + 5000,
    });
  });

  it("rejects impossible dates", () => {
    expect(parseDateTimeLocalValue("2024-02-30T10:00", "UTC").ok).toBe(false);
    expect(parseDateTimeLocalValue("", "UTC").ok).toBe(false);
  });

  it("builds an absolute range from two fields", () => {
    expect(absoluteFromLocalInputs("2024-07-01T00:00", "2024-07-02T00:00", "Europe/Berlin")).toEqual({
      ok: true,
      value: { type: "absolute", start: Date.UTC(2024, 5, 30, 22), end: Date.UTC(2024, 6, 1, 22) },
    });
    expect(absoluteFromLocalInputs("2024-07-02T00:00", "2024-07-01T00:00", "UTC").ok).toBe(false);
  });
});

describe("time zone list", () => {
  it("lists the runtime's zones without UTC (offered separately)", () => {
    const zones = supportedTimeZones();
    expect(zones).toContain("Europe/Berlin");
    expect(zones).not.toContain("UTC");
  });

  it("filters by every typed word, ignoring case, slashes and underscores", () => {
    const zones = ["America/New_York", "America/Los_Angeles", "Europe/Berlin"];
    expect(filterTimeZones(zones, "new york")).toEqual(["America/New_York"]);
    expect(filterTimeZones(zones, "AMERICA")).toEqual(["America/New_York", "America/Los_Angeles"]);
    expect(filterTimeZones(zones, "")).toEqual(zones);
    expect(filterTimeZones(zones, "", 1)).toEqual(["America/New_York"]);
  });

  it("puts Local and UTC first and always lists the current zone", () => {
    const options = zoneOptions(["Europe/Berlin"], "berlin", "Asia/Tokyo", 0);
    expect(options.map((o) => o.value)).toEqual(["local", "UTC", "Asia/Tokyo", "Europe/Berlin"]);
    expect(options[0]?.label).toMatch(/^Local \(/);
  });
});

describe("refreshLabel", () => {
  it("names intervals", () => {
    expect(refreshLabel("off")).toBe("Off");
    expect(refreshLabel("1m")).toBe("1 minute");
  });
});
