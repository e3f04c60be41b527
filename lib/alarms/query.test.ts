import { describe, expect, it } from "vitest";
import { countByState, matchesAlarm, sortAlarms, widgetSort } from "./query";
import { located } from "./test-alarms";

const alarms = [
  located({ name: "b-cpu", state: "OK", stateUpdatedAt: "2026-12-07T09:00:00.000Z", namespace: "AWS/EC2" }),
  located({
    name: "a-latency",
    state: "ALARM",
    stateUpdatedAt: "2026-12-07T08:00:00.000Z",
    region: "eu-west-1",
  }),
  located({
    name: "c-errors",
    state: "ALARM",
    stateUpdatedAt: "2026-12-07T11:00:00.000Z",
    accountId: "222222222222",
  }),
  located({ name: "d-disk", state: "INSUFFICIENT_DATA", stateUpdatedAt: "2026-12-07T12:00:00.000Z" }),
  located({ name: "e-composite", type: "composite", state: "OK", actionsSuppressed: true }),
];

const names = (list: { name: string }[]) => list.map((a) => a.name);

describe("alarm orders (the console's three)", () => {
  it("by name", () => {
    expect(names(sortAlarms(alarms, "name"))).toEqual([
      "a-latency",
      "b-cpu",
      "c-errors",
      "d-disk",
      "e-composite",
    ]);
  });
  it("by state (ALARM, INSUFFICIENT_DATA, OK), newest change first within each", () => {
    expect(names(sortAlarms(alarms, "state"))).toEqual([
      "c-errors",
      "a-latency",
      "d-disk",
      "e-composite",
      "b-cpu",
    ]);
  });
  it("by last change", () => {
    expect(names(sortAlarms(alarms, "changed"))).toEqual([
      "d-disk",
      "c-errors",
      "e-composite",
      "b-cpu",
      "a-latency",
    ]);
  });
  it("maps the widget's sortBy values", () => {
    expect([
      widgetSort(undefined),
      widgetSort("default"),
      widgetSort("stateUpdatedTimestamp"),
      widgetSort("timestamp"),
    ]).toEqual(["name", "name", "state", "changed"]);
  });
});

describe("alarm filters", () => {
  const filtered = (filter: Parameters<typeof matchesAlarm>[1]) =>
    names(alarms.filter((a) => matchesAlarm(a, filter)));
  it("combine state, account, Region, type, namespace, name and actions suppressed", () => {
    expect(filtered({ states: ["ALARM"] })).toEqual(["a-latency", "c-errors"]);
    expect(filtered({ states: ["ALARM"], accounts: ["111111111111"] })).toEqual(["a-latency"]);
    expect(filtered({ regions: ["eu-west-1"] })).toEqual(["a-latency"]);
    expect(filtered({ types: ["composite"] })).toEqual(["e-composite"]);
    expect(filtered({ namespaces: ["AWS/EC2"] })).toEqual(["b-cpu"]);
    expect(filtered({ q: "DISK" })).toEqual(["d-disk"]);
    expect(filtered({ prefix: "c-" })).toEqual(["c-errors"]);
    expect(filtered({ actionsSuppressed: true })).toEqual(["e-composite"]);
    expect(filtered({})).toHaveLength(5);
  });
  it("count per state", () => {
    expect(countByState(alarms)).toEqual({ ALARM: 2, INSUFFICIENT_DATA: 1, OK: 2 });
  });
});
