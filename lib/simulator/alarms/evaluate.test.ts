// The evaluation rules against AWS's worked tables ("How alarm state is evaluated when data is missing"):
// 0 = not breaching, X = breaching, - = missing; most recent datapoint on the right; evaluation range 5.
import { describe, expect, it } from "vitest";
import {
  BREACHING,
  decide,
  explain,
  isPrematureAlarm,
  MISSING,
  NOT_BREACHING,
  type Decision,
} from "./evaluate";
import type { TreatMissingData } from "./model";

function cls(pattern: string): Int8Array {
  return Int8Array.from(
    pattern
      .split(" ")
      .filter((c) => c !== "")
      .map((c) => (c === "X" ? BREACHING : c === "0" ? NOT_BREACHING : MISSING)),
  );
}

const MODES: TreatMissingData[] = ["missing", "ignore", "breaching", "notBreaching"];

function row(pattern: string, n: number, m: number): Decision[] {
  return MODES.map((mode) => decide(cls(pattern), n, m, mode));
}

describe("decide: 3 of 3 (first AWS table)", () => {
  const cases: Array<[string, Decision[]]> = [
    ["0 - X - X", ["OK", "OK", "OK", "OK"]],
    ["0 - - - -", ["OK", "OK", "OK", "OK"]],
    ["- - - - -", ["INSUFFICIENT_DATA", "retain", "ALARM", "OK"]],
    ["0 X X - X", ["ALARM", "ALARM", "ALARM", "ALARM"]],
    ["- - X - -", ["ALARM", "retain", "ALARM", "OK"]],
  ];
  for (const [pattern, expected] of cases) {
    it(`${pattern} → ${expected.join(" / ")}`, () => expect(row(pattern, 3, 3)).toEqual(expected));
  }
});

describe("decide: 2 of 3 (second AWS table)", () => {
  const cases: Array<[string, Decision[]]> = [
    ["0 - X - X", ["ALARM", "ALARM", "ALARM", "ALARM"]],
    ["0 0 X 0 X", ["ALARM", "ALARM", "ALARM", "ALARM"]],
    ["0 - X - -", ["OK", "OK", "ALARM", "OK"]],
    ["- - - - 0", ["OK", "OK", "ALARM", "OK"]],
    ["- - - X -", ["ALARM", "retain", "ALARM", "OK"]],
  ];
  for (const [pattern, expected] of cases) {
    it(`${pattern} → ${expected.join(" / ")}`, () => expect(row(pattern, 3, 2)).toEqual(expected));
  }
});

describe("decide: other rules", () => {
  it("does not go to ALARM prematurely on a single fresh breaching datapoint", () => {
    expect(row("- - - - X", 3, 3)).toEqual(["OK", "OK", "ALARM", "OK"]);
    expect(isPrematureAlarm(cls("- - - - X"), 3, 3)).toBe(false);
    expect(isPrematureAlarm(cls("- - X - -"), 3, 3)).toBe(true);
  });

  it("uses the N most recent real datapoints, reaching back over gaps", () => {
    // Three real datapoints exist, so missing-data handling is not consulted: X X 0 → 2 < 3.
    expect(row("X X - 0 -", 3, 3)).toEqual(["OK", "OK", "OK", "OK"]);
    expect(row("X X - X -", 3, 3)).toEqual(["ALARM", "ALARM", "ALARM", "ALARM"]);
  });

  it("counts M of N when every datapoint is present", () => {
    expect(decide(cls("X 0 X 0 X"), 5, 3, "missing")).toBe("ALARM");
    expect(decide(cls("X 0 X 0 0"), 5, 3, "missing")).toBe("OK");
    expect(decide(cls("0 0 0 X X"), 3, 3, "missing")).toBe("OK");
  });
});

describe("explain", () => {
  it("lists the datapoints used and the slots filled", () => {
    expect(explain(cls("0 - X - -"), 3, "breaching")).toEqual({
      noData: false,
      used: [0, 2],
      filled: 1,
      filledSlots: [4],
      filledBreaching: true,
    });
    expect(explain(cls("- - - - -"), 2, "missing")).toMatchObject({
      noData: true,
      used: [],
      filled: 2,
      filledSlots: [4, 3],
    });
    expect(explain(cls("0 X X 0 X"), 3, "missing")).toMatchObject({ used: [2, 3, 4], filled: 0 });
  });
});
