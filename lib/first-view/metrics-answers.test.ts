import { describe, expect, it } from "vitest";
import { firstGroups } from "./metrics-answers";

describe("firstGroups", () => {
  it("keeps whole groups, in order, while their widgets fit the bound", () => {
    const groups = [["a", "b"], ["c"], ["d", "e", "f"], ["g"]];
    expect(firstGroups(groups, 3)).toEqual([["a", "b"], ["c"]]);
    expect(firstGroups(groups, 7)).toEqual(groups);
    // A group larger than the bound is not split: the browser fetches it, and everything after it.
    expect(firstGroups(groups, 1)).toEqual([]);
    expect(firstGroups([], 100)).toEqual([]);
  });
});
