import { describe, expect, it } from "vitest";
import type { DashboardVariable } from "@/lib/dashboards/model";
import { newVariable, variableProblems } from "./variables-draft";

const property = (
  id: string,
  property: string,
  extra: Partial<DashboardVariable> = {},
): DashboardVariable => ({
  id,
  type: "property",
  property,
  inputType: "select",
  ...extra,
});

describe("variables in the settings dialog", () => {
  it("adds variables with unused ids", () => {
    expect(newVariable([property("var1", "InstanceId")]).id).toBe("var2");
  });

  it("names each problem on its row before Apply", () => {
    expect(variableProblems([property("a", "InstanceId")])).toEqual([]);
    expect(
      variableProblems([property("a", "InstanceId"), property("a", "Region")]).map((p) => p.index),
    ).toEqual([1]);
    expect(variableProblems([property("a", "InstanceId"), property("b", "InstanceId")])[0]?.message).toMatch(
      /already sets "InstanceId"/,
    );
    expect(
      variableProblems([{ id: "p", type: "pattern", pattern: "(", inputType: "input" }])[0]?.message,
    ).toMatch(/not a valid regular expression/);
    expect(
      variableProblems([property("a", "InstanceId", { search: "{AWS/EC2,InstanceId}" })])[0]?.message,
    ).toMatch(/dimension its values come from/);
  });
});
