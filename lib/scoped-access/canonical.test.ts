import { describe, expect, it } from "vitest";
import { canonicalJson, isSearchedVariable } from "./allowed-views";

describe("canonicalJson", () => {
  it("ignores key order and undefined members, never array order or values", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: undefined } })).toBe(
      canonicalJson({ a: { d: [1, 2] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: "111111111111" })).not.toBe(canonicalJson({ a: "222222222222" }));
  });
});

describe("isSearchedVariable", () => {
  const base = { id: "v", type: "property" as const, property: "InstanceId", inputType: "select" as const };
  it("is a property variable filled from a search, unless it lists its own values", () => {
    expect(isSearchedVariable({ ...base, search: "{AWS/EC2,InstanceId}", populateFrom: "InstanceId" })).toBe(
      true,
    );
    expect(
      isSearchedVariable({
        ...base,
        search: "{AWS/EC2,InstanceId}",
        populateFrom: "InstanceId",
        values: [{ value: "i-1" }],
      }),
    ).toBe(false);
    expect(isSearchedVariable(base)).toBe(false);
  });
});
