import { describe, expect, it } from "vitest";
import { compositeChildren, referencedName, ruleReferences } from "./composite-tree";
import { located } from "./test-alarms";

describe("composite alarm rules", () => {
  it("name their children in every form AWS accepts", () => {
    expect(
      ruleReferences(
        'ALARM("prod-latency") OR ALARM(arn:aws:cloudwatch:us-east-1:111111111111:alarm:prod-errors) OR AT_LEAST(1, ALARM, ("web-1-status", "web-2-status")) OR OK(\'quoted\') OR ALARM("prod-latency")',
      ),
    ).toEqual([
      "prod-latency",
      "arn:aws:cloudwatch:us-east-1:111111111111:alarm:prod-errors",
      "quoted",
      "web-1-status",
      "web-2-status",
    ]);
    expect(referencedName("arn:aws:cloudwatch:us-east-1:111111111111:alarm:prod-errors")).toBe("prod-errors");
  });

  it("resolve children in the composite's own account and Region, nested, with cycles cut", () => {
    const inner = located({ name: "inner", type: "composite", alarmRule: 'ALARM("leaf") OR ALARM("outer")' });
    const outer = located({
      name: "outer",
      type: "composite",
      alarmRule: 'ALARM("inner") AND ALARM("missing")',
    });
    const leaf = located({ name: "leaf", state: "ALARM" });
    const elsewhere = located({ name: "leaf", region: "eu-west-1" });
    const tree = compositeChildren(outer, [outer, inner, leaf, elsewhere]);
    expect(tree.map((n) => [n.ref, n.alarm?.name])).toEqual([
      ["inner", "inner"],
      ["missing", undefined],
    ]);
    expect(tree[0]?.children.map((n) => [n.ref, n.alarm?.region, n.children.length])).toEqual([
      ["leaf", "us-east-1", 0],
      ["outer", "us-east-1", 0],
    ]);
  });
});
