import { describe, expect, it } from "vitest";
import { located } from "./test-alarms";
import { alarmWidgetTiles, resolvedAlarmArns } from "./widget-alarms";

const all = [
  located({ name: "prod-a", state: "ALARM", stateUpdatedAt: "2026-12-07T08:00:00.000Z" }),
  located({ name: "prod-b", state: "OK" }),
  located({
    name: "stg-a",
    state: "ALARM",
    accountId: "222222222222",
    stateUpdatedAt: "2026-12-07T09:00:00.000Z",
  }),
  located({ name: "prod-c", state: "ALARM", region: "eu-west-1" }),
];
const arn = (i: number) => all[i]?.arn ?? "";

describe("alarm status widget tiles", () => {
  it("show the listed ARNs in the order sortBy asks for, unknown ones last", () => {
    const tiles = alarmWidgetTiles(
      {
        alarms: [arn(1), "arn:aws:cloudwatch:us-east-1:123456789012:alarm:gone", arn(0)],
        sortBy: "stateUpdatedTimestamp",
      },
      all,
    );
    expect(tiles.map((t) => t.alarm?.name ?? t.ref)).toEqual([
      "prod-a",
      "prod-b",
      "arn:aws:cloudwatch:us-east-1:123456789012:alarm:gone",
    ]);
  });
  it("keep only the widget's states", () => {
    const tiles = alarmWidgetTiles({ alarms: [arn(0), arn(1)], states: ["OK"] }, all);
    expect(tiles.map((t) => t.alarm?.name)).toEqual(["prod-b"]);
  });
  it("select by account, Region, name prefix and state (everything in ALARM across accounts)", () => {
    const everything = alarmWidgetTiles(
      { alarms: [], selector: { states: ["ALARM"] }, sortBy: "timestamp" },
      all,
    );
    expect(everything.map((t) => t.alarm?.name)).toEqual(["prod-c", "stg-a", "prod-a"]);
    const narrowed = alarmWidgetTiles(
      { alarms: [], selector: { accounts: ["111111111111"], regions: ["us-east-1"], namePrefix: "prod-" } },
      all,
    );
    expect(narrowed.map((t) => t.alarm?.name)).toEqual(["prod-a", "prod-b"]);
  });
  it("resolve a selector to the explicit ARNs CloudWatch can hold", () => {
    expect(
      resolvedAlarmArns(
        {
          type: "alarm-status",
          id: "w",
          position: { x: 0, y: 0, w: 6, h: 3 },
          alarms: [],
          selector: { namePrefix: "stg-" },
        },
        all,
      ),
    ).toEqual([arn(2)]);
  });
});
