import { describe, expect, it } from "vitest";
import { createEmptyDocument, validateDocument } from "@/lib/dashboards/model";
import { appendSelectionWidget } from "./selection-widget";

describe("the /alarms selection as a dashboard widget", () => {
  it("appends a valid selector widget below everything else", () => {
    const empty = createEmptyDocument("Wall");
    const once = appendSelectionWidget(empty, {
      state: "ALARM",
      account: "111111111111,222222222222",
      sort: "changed",
    });
    const twice = appendSelectionWidget(once, { region: "eu-west-1", prefix: "prod-" });
    expect(validateDocument(twice).ok).toBe(true);
    expect(twice.widgets.map((w) => [w.id, w.position.y, w.title])).toEqual([
      ["alarms-1", 0, "ALARM in 111111111111, 222222222222"],
      ["alarms-2", 4, "All alarms in all accounts (eu-west-1) named prod-…"],
    ]);
    expect(twice.widgets[0]).toMatchObject({
      sortBy: "timestamp",
      selector: { states: ["ALARM"], accounts: ["111111111111", "222222222222"] },
    });
    expect(twice.widgets[1]).toMatchObject({ selector: { regions: ["eu-west-1"], namePrefix: "prod-" } });
  });
});
