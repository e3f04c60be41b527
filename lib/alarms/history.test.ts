import { describe, expect, it } from "vitest";
import { flappingIndexes, stateSegments } from "./history";
import type { AlarmHistoryItem } from "./model";

const T = Date.parse("2026-12-07T10:00:00.000Z");
const MIN = 60_000;

function change(
  minutes: number,
  from: AlarmHistoryItem["oldState"],
  to: AlarmHistoryItem["newState"],
): AlarmHistoryItem {
  return {
    timestamp: new Date(T + minutes * MIN).toISOString(),
    type: "StateUpdate",
    summary: `Alarm updated from ${from} to ${to}`,
    oldState: from,
    newState: to,
  };
}

describe("states along the time axis", () => {
  it("start from the first change's old state and follow every change", () => {
    const history = [change(10, "OK", "ALARM"), change(25, "ALARM", "OK")];
    expect(stateSegments(history, "OK", T, T + 60 * MIN)).toEqual([
      { state: "OK", start: T, end: T + 10 * MIN },
      { state: "ALARM", start: T + 10 * MIN, end: T + 25 * MIN },
      { state: "OK", start: T + 25 * MIN, end: T + 60 * MIN },
    ]);
  });
  it("use the current state when nothing changed in the range", () => {
    expect(stateSegments([], "INSUFFICIENT_DATA", T, T + MIN)).toEqual([
      { state: "INSUFFICIENT_DATA", start: T, end: T + MIN },
    ]);
  });
  it("apply changes before the range to its start", () => {
    expect(stateSegments([change(-5, "OK", "ALARM")], "ALARM", T, T + MIN)).toEqual([
      { state: "ALARM", start: T, end: T + MIN },
    ]);
  });
});

describe("flapping", () => {
  it("marks bursts of changes, not isolated ones", () => {
    const history = [
      change(0, "OK", "ALARM"),
      change(5, "ALARM", "OK"),
      change(10, "OK", "ALARM"),
      change(15, "ALARM", "OK"),
      change(300, "OK", "ALARM"),
    ];
    expect([...flappingIndexes(history)].sort()).toEqual([0, 1, 2, 3]);
  });
});
